// WRITE-*: create (one and batch), get-one after create, PATCH, hard and soft
// DELETE, restore, the refused bulk DELETE, depth=1 on reads and writes, invalid
// bodies, normalisation on write (contract §1.1–§1.4, §5.6, §6). Every body is a
// designed fixture body (generators/fixtures/design.ts) carrying the run tag, so
// whatever a test leaves behind is removed by the teardown; each test also
// removes what it created itself. Relations point at the run's own fixtures.
import type { Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../runtime/client/twenty-client.ts';
import { creationOrder, designRecords, relationTargetOf, type Body } from '../generators/fixtures/design.ts';
import { readFixtureFile } from '../runtime/fixtures/fixture-file.ts';
import { destroyIds } from '../generators/fixtures/fixture-io.ts';
import { tagFilters, tagLocation, tagValueOf } from '../generators/fixtures/run-tag.ts';
import { printFilter } from '../generators/filter/grammar.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { batchCreateKey, createKey, deleteKey, oneKey, restoreKey, updateKey } from '../generators/writes/envelope-keys.ts';
import { judgeBatchCreate, judgeCreate, judgeCreatedForUse, judgeGetOneAfterCreate, judgeSetupBatches } from '../generators/writes/create-judges.ts';
import { judgeDeleteAnswer, judgeDestroyed, judgeRestoreAnswer, judgeRestoredListed, judgeSoftDeletedListed, judgeSoftDeleteHidden } from '../generators/writes/delete-judges.ts';
import { judgeBulkDeleteRefused, judgeFixturesKept } from '../generators/writes/bulk-delete-judges.ts';
import { judgeEmbeddedOnRead, judgeEmbeddedOnWrite } from '../generators/writes/depth-judges.ts';
import { invalidCases, judgeInvalidBodyRefused } from '../generators/writes/invalid-bodies.ts';
import { judgeNormalised, normalisationProbes } from '../generators/writes/normalisation.ts';
import { judgeNothingWritten, type TaggedCount } from '../generators/writes/nothing-written.ts';
import { patchableField } from '../generators/writes/patch-choice.ts';
import { judgePatchAnswer, judgePatchReadBack } from '../generators/writes/update-judges.ts';
import { idsIn, judgeStatus, recordIn, type RecordJson } from '../generators/writes/write-answer.ts';
import { defineCheck } from './support/define-check.ts';
import { listPage } from './support/list-pages.ts';
import { idFilter } from './support/ordering/probe.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { samplePageSize } from './support/samples.ts';
import { fail, inconclusive, notRun } from './support/verdicts.ts';
import { canonicalTwin, judgeDuplicateRefused, refusalStatusViolations, refusedButWritten, refusedProbes } from '../generators/writes/refusal-judges.ts';
import { recordPath } from '../generators/openapi/record-path.ts';
import { failOn, idOf, send } from './support/write-requests.ts';

const runState = loadRunState();
const { catalogue } = runState;
const fixtures = runState.fixtures ?? null;
/** Objects the run writes fixtures to (a batch path and a tag field), parents first. */
const objects = fixtures ? creationOrder(catalogue, runState.writePlan?.objects) : [];
const checkedObjects = subjectObjects('WRITE-001', runState);
const pageSize = samplePageSize(catalogue);

/** The fixture file: the ids and records of every object, and the setup's batch answers that broke the contract. */
const fixtureFile = () => (fixtures ? readFixtureFile(fixtures.path) : undefined);

/** The fixture ids of every object, the targets of the join columns in write bodies. */
function parents(): Map<string, string[]> {
  return new Map((fixtureFile()?.objects ?? []).map((entry) => [entry.plural, entry.ids]));
}

function fixtureRecords(object: CatalogueObject): RecordJson[] {
  return fixtureFile()?.objects?.find((entry) => entry.plural === object.plural)?.records ?? [];
}

/**
 * Designed body number `n` (100…999: never a fixture's, and a 3-digit tag number
 * so one tag is never the prefix of another).
 */
function bodyOf(object: CatalogueObject, n: number): Body {
  const unique = runState.writePlan?.unique[object.plural];
  return designRecords(object, catalogue, { runId: fixtures!.runId, parents: parents(), count: n + 1, ...(unique ? { unique } : {}) })[n]!;
}

const tagOf = (object: CatalogueObject, body: Body) => String(tagValueOf(body, tagLocation(object)!));

/** POST one record; the answer is judged by the caller (WRITE-001 owns the 201, the others need a record). */
const postOne = (client: TwentyClient, object: CatalogueObject, body: Body, depth = 0) =>
  send(client, { method: 'POST', path: object.listPath, query: { depth: String(depth) }, body });

/** A record to work on: created, removed afterwards, any 2xx holding it accepted. */
async function createOne(client: TwentyClient, object: CatalogueObject, body: Body, created: string[], depth = 0): Promise<{ record: RecordJson; exchange: Exchange }> {
  const exchange = await postOne(client, object, body, depth);
  failOn(judgeCreatedForUse(exchange, createKey(object), `POST ${object.listPath}`));
  const record = recordIn(exchange.json, createKey(object))!;
  created.push(idOf(record));
  return { record, exchange };
}

const getOne = (client: TwentyClient, object: CatalogueObject, id: string, depth = 0): Promise<Exchange> =>
  send(client, { method: 'GET', path: recordPath(object, id), query: { depth: String(depth) } });

/** How many records (soft-deleted included) carry this exact tag. */
async function countTagged(client: TwentyClient, object: CatalogueObject, tag: string): Promise<TaggedCount<Exchange>> {
  let count = 0;
  let exchange: Exchange | undefined;
  for (const filter of tagFilters(tagLocation(object)!, tag)) {
    const page = await listPage(client, object, { filter, limit: 5 });
    count += page.records.length;
    if (!exchange || page.records.length > 0) exchange = page.exchange;
  }
  return { tag, count, exchange: exchange! };
}

/** Runs a test body, then removes whatever it created (errors of the removal are the teardown's to retry). */
async function removingAfter(client: TwentyClient, object: CatalogueObject, work: (created: string[]) => Promise<void>): Promise<void> {
  const created: string[] = [];
  try {
    await work(created);
  } finally {
    if (created.length > 0) await destroyIds(client, object, created, pageSize).catch(() => undefined);
  }
}

for (const object of checkedObjects) {
  defineCheck('WRITE-001', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 171);
      const exchange = await postOne(client, object, body);
      created.push(...idsIn(exchange.json, createKey(object)));
      failOn(judgeCreate(object, body, exchange, createKey(object), `POST ${object.listPath}`));
    });
  });

  defineCheck('WRITE-002', object.plural, async ({ client }) => {
    failOn(judgeSetupBatches(object, fixtureFile()?.deviations ?? []));
    await removingAfter(client, object, async (created) => {
      const bodies = [241, 242, 243].map((n) => bodyOf(object, n));
      const exchange = await send(client, { method: 'POST', path: object.batchPath!, query: { depth: '0' }, body: bodies });
      created.push(...idsIn(exchange.json, batchCreateKey(object)));
      failOn(judgeBatchCreate(object, bodies, exchange));
    });
  });

  defineCheck('WRITE-003', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 311);
      const { record } = await createOne(client, object, body, created);
      const exchange = await getOne(client, object, idOf(record));
      failOn(judgeGetOneAfterCreate(object, body, record, exchange, oneKey(object), `GET ${recordPath(object, idOf(record))}`));
    });
  });

  defineCheck('WRITE-004', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 381);
      const { record: before } = await createOne(client, object, body, created);
      const patch = patchableField(object, body, tagLocation(object)!.path[0]!, (n) => bodyOf(object, n));
      if (!patch) inconclusive(`${object.plural} has no plain writable field to change`);
      const path = recordPath(object, idOf(before));
      const answer = await send(client, { method: 'PATCH', path, query: { depth: '0' }, body: { [patch.field.name]: patch.value } });
      failOn(judgePatchAnswer(patch, answer, updateKey(object), `PATCH ${path}`));
      failOn(judgePatchReadBack(patch, before, await getOne(client, object, idOf(before)), oneKey(object)));
    });
  });

  defineCheck('WRITE-005', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 451);
      const { record } = await createOne(client, object, body, created);
      const path = recordPath(object, idOf(record));
      const answer = await send(client, { method: 'DELETE', path });
      failOn(judgeDeleteAnswer(answer, idOf(record), deleteKey(object), `DELETE ${path}`));
      const after = await getOne(client, object, idOf(record));
      failOn(judgeDestroyed(after, `GET ${path} after DELETE`));
      failOn(judgeDestroyed(after, `GET ${path} after DELETE`, await countTagged(client, object, tagOf(object, body))));
    });
  });

  defineCheck('WRITE-006', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const { record } = await createOne(client, object, bodyOf(object, 521), created);
      const id = idOf(record);
      const path = recordPath(object, id);
      const answer = await send(client, { method: 'DELETE', path, query: { soft_delete: 'true' } });
      failOn(judgeDeleteAnswer(answer, id, deleteKey(object), `DELETE ${path}?soft_delete=true`));
      failOn(judgeSoftDeleteHidden(id, await listPage(client, object, { filter: idFilter([id]), limit: 2 })));
      const namingDeletedAt = printFilter({ type: 'and', children: [{ type: 'leaf', path: ['id'], comparator: 'in', value: [id] }, { type: 'leaf', path: ['deletedAt'], comparator: 'is', value: 'NOT_NULL' }] });
      failOn(judgeSoftDeletedListed(await listPage(client, object, { filter: namingDeletedAt, limit: 2 })));
    });
  });

  defineCheck('WRITE-007', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const { record } = await createOne(client, object, bodyOf(object, 591), created);
      const id = idOf(record);
      const soft = await send(client, { method: 'DELETE', path: recordPath(object, id), query: { soft_delete: 'true' } });
      failOn(judgeStatus(soft, 200, 'the soft delete before the restore'));
      const path = `${recordPath(object, id)}/restore`;
      const answer = await send(client, { method: 'PATCH', path, query: { depth: '0' } });
      failOn(judgeRestoreAnswer(answer, restoreKey(object), `PATCH ${path}`));
      failOn(judgeRestoredListed(id, await listPage(client, object, { filter: idFilter([id]), limit: 2 })));
    });
  });

  const joins = object.fields.filter((field) => field.writable && relationTargetOf(field, catalogue) && objects.includes(relationTargetOf(field, catalogue)!));
  if (joins.length > 0) {
    defineCheck('WRITE-009', object.plural, async ({ client }) => {
      for (const join of joins) {
        const relation = object.fields.find((field) => field.name !== join.name && field.kind === 'RELATION' && field.relation?.joinColumn === join.name);
        if (!relation) continue;
        const child = fixtureRecords(object).find((record) => typeof record[join.name] === 'string');
        if (!child) inconclusive(`no ${object.plural} fixture has ${join.name} set`);
        const embedding = { relation: relation.name, targetId: child[join.name] };
        const read = await getOne(client, object, idOf(child), 1);
        failOn(judgeEmbeddedOnRead(embedding, read, oneKey(object), `GET ${recordPath(object, idOf(child))}?depth=1`));
        await removingAfter(client, object, async (created) => {
          const { record, exchange } = await createOne(client, object, { ...bodyOf(object, 461), [join.name]: child[join.name] }, created, 1);
          failOn(judgeEmbeddedOnWrite(embedding, record, exchange));
        });
      }
    });
  }

  defineCheck('WRITE-010', object.plural, async ({ client }) => {
    // 4xx: the operations spec creates records 600…800 (WRITE-020), so unique values must not meet those.
    let n = 471;
    for (const invalid of invalidCases(object, () => bodyOf(object, n++))) {
      await removingAfter(client, object, async (created) => {
        const path = invalid.batch ? object.batchPath! : object.listPath;
        const exchange = await send(client, { method: 'POST', path, query: { depth: '0' }, body: invalid.body });
        if (exchange.status < 300) created.push(...idsIn(exchange.json, invalid.batch ? batchCreateKey(object) : createKey(object)));
        failOn(judgeInvalidBodyRefused(exchange, `POST ${path} with ${invalid.name}`, invalid.why));
        const counts: TaggedCount<Exchange>[] = [];
        for (const body of Array.isArray(invalid.body) ? invalid.body : [invalid.body]) {
          counts.push(await countTagged(client, object, tagOf(object, body)));
          failOn(judgeNothingWritten(counts, invalid.name, 'nothing written by a refused request (a batch is all or nothing)', invalid.why));
        }
      });
    }
  });
}

defineCheck('WRITE-008', null, async ({ client }) => {
  const object = objects[0];
  if (!object) inconclusive('no object the suite can write fixtures to');
  const ids = fixtureRecords(object).map(idOf);
  for (const soft of [true, false]) {
    const exchange = await send(client, { method: 'DELETE', path: object.listPath, query: soft ? { soft_delete: 'true' } : {} });
    failOn(judgeBulkDeleteRefused(exchange, soft, object.listPath));
  }
  const still = await listPage(client, object, { filter: idFilter(ids), limit: ids.length + 1 });
  failOn(judgeFixturesKept(ids.length, { count: still.records.length, exchange: still.exchange }));
});

defineCheck('WRITE-011', null, async ({ client }) => {
  const probes = normalisationProbes(objects, fixtures!.runId);
  // The run writes no such field (none exists, or its objects were left out): nothing to judge, not a failure.
  if (probes.length === 0) notRun('a writable LINKS or EMAILS field', 'no object the run writes has one');
  for (const probe of probes) {
    await removingAfter(client, probe.object, async (created) => {
      const base = bodyOf(probe.object, 801);
      const current = base[probe.field];
      const body = { ...base, [probe.field]: { ...(typeof current === 'object' && current !== null ? current : {}), [probe.sub]: probe.sent } };
      const { record } = await createOne(client, probe.object, body, created);
      failOn(judgeNormalised(probe, await getOne(client, probe.object, idOf(record)), oneKey(probe.object)));
    });
  }
});

// ---------------------------------------------------------------- a real workspace's refusals (WRITE-040…042)

const plan = runState.writePlan ?? null;
const duplicateObjects = subjectObjects('WRITE-040', runState, (object) => (plan?.unique[object.plural] ?? []).length > 0);

for (const object of duplicateObjects) {
  defineCheck('WRITE-040', object.plural, async ({ client }) => {
    const [head, sub] = plan!.unique[object.plural]![0]! as [string, string | undefined];
    const field = object.fields.find((candidate) => candidate.name === head)!;
    const at = (body: Body) => (sub === undefined ? body[head] : (body[head] as Body | null | undefined)?.[sub]);
    await removingAfter(client, object, async (created) => {
      const first = bodyOf(object, 941);
      const held = at(first);
      if (typeof held !== 'string') inconclusive(`the designed ${object.plural} body has no text at ${[head, sub].filter(Boolean).join('.')}`);
      await createOne(client, object, first, created);
      const twin = canonicalTwin(field.kind, sub, held);
      const clash = bodyOf(object, 943);
      clash[head] = sub === undefined ? twin : { ...((clash[head] as Body | null) ?? {}), [sub]: twin };
      const batch = [bodyOf(object, 942), clash];
      const exchange = await send(client, { method: 'POST', path: object.batchPath!, query: { depth: '0' }, body: batch });
      if (exchange.status < 300) created.push(...idsIn(exchange.json, batchCreateKey(object)));
      failOn(judgeDuplicateRefused(exchange, { plural: object.plural, at: [head, sub].filter(Boolean).join('.'), held, twin }));
      const counts: TaggedCount<Exchange>[] = [];
      for (const body of batch) {
        counts.push(await countTagged(client, object, tagOf(object, body)));
        failOn(judgeNothingWritten(counts, 'batch', 'nothing of a refused batch written'));
      }
    });
  });
}

if (fixtures) {
  defineCheck('WRITE-041', null, async () => {
    const refused = refusedProbes(plan?.probes ?? []);
    if (refused.length === 0) notRun('a refused write', 'no write probe was refused in this run (gate probes the objects Twenty refuses by design; install only its candidates)');
    const violations = refusalStatusViolations(refused);
    if (violations.length > 0) fail({ received: violations.join('; '), expected: 'a 400/401/403 with {statusCode, error, messages} for every refused write' });
  });

  defineCheck('WRITE-042', null, async () => {
    const refused = refusedProbes(plan?.probes ?? []);
    if (refused.length === 0) notRun('a refused write', 'no write probe was refused in this run (gate probes the objects Twenty refuses by design; install only its candidates)');
    const written = refusedButWritten(refused);
    if (written.length > 0) fail({ received: written.join('; '), expected: 'no record carrying the tag of a refused write (the runner removed what it found)' });
  });
}
