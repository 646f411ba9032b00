// The records an operations check writes for itself: designed, tagged bodies
// (generators/fixtures/design.ts) created in one batch, and removed afterwards,
// live or soft-deleted, whatever the check did to them. Every bulk write a check
// sends is scoped to these ids first, so nothing else can be touched.
import type { Exchange } from '../../../generators/client/exchange.ts';
import type { TwentyClient } from '../../../runtime/client/twenty-client.ts';
import { creationOrder, designRecords, type Body } from '../../../generators/fixtures/design.ts';
import { readFixtureFile } from '../../../runtime/fixtures/fixture-file.ts';
import { destroyIds } from '../../../generators/fixtures/fixture-io.ts';
import { idsFilters, tagLocation, tagValueOf, type TagLocation } from '../../../generators/fixtures/run-tag.ts';
import type { Catalogue, CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { listPage } from '../list-pages.ts';
import type { RunState } from '../../../runtime/run-state.ts';
import { samplePageSize } from '../samples.ts';
import { fail } from '../verdicts.ts';

export { brief, capitalize, dataOf, expectStatus, idOf, send, type RecordJson } from '../write-requests.ts';
import { brief, capitalize, dataOf, expectStatus, idOf, send, type RecordJson } from '../write-requests.ts';

export interface OperationsContext {
  client: TwentyClient;
  catalogue: Catalogue;
  runState: RunState;
}

/** The objects the run writes to, parents first; the first one is where single-object checks write. */
export function writableObjects(runState: RunState): CatalogueObject[] {
  // Only the run's write targets (bin/run/write-stage.ts): never an object the evidence or a probe ruled out.
  return runState.fixtures ? creationOrder(runState.catalogue, runState.writePlan?.objects) : [];
}

/** The ids of each object's fixtures, the targets of join columns in designed bodies. */
function parents(runState: RunState): Map<string, string[]> {
  const file = runState.fixtures ? readFixtureFile(runState.fixtures.path) : undefined;
  return new Map((file?.objects ?? []).map((entry) => [entry.plural, entry.ids]));
}

export function fixtureRecords(runState: RunState, object: CatalogueObject): RecordJson[] {
  const file = runState.fixtures ? readFixtureFile(runState.fixtures.path) : undefined;
  return file?.objects?.find((entry) => entry.plural === object.plural)?.records ?? [];
}

/**
 * Designed bodies `from` … `from + count - 1` (numbers 100…999 are never a fixture's
 * and keep a 3-digit tag number, so one tag is never the prefix of another).
 */
export function bodiesOf(runState: RunState, object: CatalogueObject, from: number, count: number): Body[] {
  // Unique columns get values of their own per record number (unique-values.ts), as the fixtures do.
  const unique = runState.writePlan?.unique[object.plural];
  return designRecords(object, runState.catalogue, { runId: runState.fixtures!.runId, parents: parents(runState), count: from + count, ...(unique ? { unique } : {}) }).slice(from, from + count);
}

export function tagAt(object: CatalogueObject): TagLocation {
  return tagLocation(object)!;
}

export const tagOf = (object: CatalogueObject, record: RecordJson) => tagValueOf(record, tagAt(object));

/** Creates the bodies in one batch; answers the records as the server stored them, in input order. */
export async function createScope(client: TwentyClient, object: CatalogueObject, bodies: Body[], created: string[]): Promise<RecordJson[]> {
  const exchange = await send(client, { method: 'POST', path: object.batchPath!, query: { depth: '0' }, body: bodies });
  const key = `create${capitalize(object.plural)}`;
  const records = dataOf(exchange, key);
  if (Array.isArray(records)) created.push(...(records as RecordJson[]).map(idOf));
  expectStatus(exchange, 201, `POST ${object.batchPath} (the check's own records)`);
  if (!Array.isArray(records) || records.length !== bodies.length) fail({ received: brief(exchange), expected: `{"data":{"${key}":[${bodies.length} records]}}`, exchange });
  return records as RecordJson[];
}

/** Runs a check body, then destroys every record it created (live or soft-deleted). */
export async function withScope(client: TwentyClient, catalogue: Catalogue, object: CatalogueObject, work: (created: string[]) => Promise<void>): Promise<void> {
  const created: string[] = [];
  try {
    await work(created);
  } finally {
    if (created.length > 0) await destroyIds(client, object, [...new Set(created)], samplePageSize(catalogue)).catch(() => undefined);
  }
}

/** The ids among `ids` that are live and those that are soft-deleted, read back in two list requests. */
export async function liveAndDeleted(client: TwentyClient, object: CatalogueObject, ids: readonly string[]): Promise<{ live: RecordJson[]; deleted: RecordJson[]; exchange: Exchange }> {
  const [liveFilter, deletedFilter] = idsFilters(ids);
  const live = await listPage(client, object, { filter: liveFilter, limit: ids.length + 1 });
  const deleted = await listPage(client, object, { filter: deletedFilter, limit: ids.length + 1 });
  return { live: live.records, deleted: deleted.records, exchange: deleted.exchange };
}
