// A pagination scenario: a small set of sampled records pinned with id[in]
// (optionally narrowed by one generated leaf), an order (or none) and a page size.
// Its truth is the server's own single-page answer to the same filter and order:
// a walk must reproduce it exactly, so the walks never depend on collation.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { TwentyClient } from '../../../generators/client/twenty-client.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import { fieldPaths } from '../../../generators/fixtures/catalogue-resolver.ts';
import { generableComparators, leafArb, type ArbField } from '../../../generators/filter/arbitraries.ts';
import type { FilterLeaf } from '../../../generators/filter/ast.ts';
import { printFilter } from '../../../generators/filter/grammar.ts';
import { readPath } from '../../../generators/filter/oracle.ts';
import type { Comparator } from '../../../generators/kinds/comparators.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { orderByArb } from '../../../generators/order/arbitraries.ts';
import type { OrderByItem } from '../../../generators/order/grammar.ts';
import { requestedOrderBy, type RankedPath } from '../../../generators/order/order-cases.ts';
import { idsOf, sequenceDifference } from '../../../generators/pagination/page-rules.ts';
import type { FetchPage, Page } from '../../../generators/pagination/walk.ts';
import { pageFetcher, type ListedPage, type RecordJson } from '../list-pages.ts';
import { memoListPage } from '../list-pages.ts';
import { inconclusive } from '../verdicts.ts';

export interface Scenario {
  ids: string[];
  /** One extra condition ANDed with the id[in] leaf. */
  leaf?: FilterLeaf;
  /** Canonical items (with the id tie-breaker); undefined = no order_by at all. */
  order?: OrderByItem[];
  limit: number;
}

export function filterOf(scenario: Scenario): string {
  const ids: FilterLeaf = { type: 'leaf', path: ['id'], comparator: 'in', value: [...scenario.ids] };
  return printFilter(scenario.leaf ? { type: 'and', children: [ids, scenario.leaf] } : ids);
}

export function orderOf(scenario: Scenario): string | undefined {
  return scenario.order ? requestedOrderBy(scenario.order) : undefined;
}

/** How a scenario reads in a report: the id list is long, so it is counted, not printed. */
export function describeScenario(scenario: Scenario): string {
  const leaf = scenario.leaf ? ` and ${printFilter(scenario.leaf)}` : '';
  const order = orderOf(scenario);
  return `filter=id[in]:[${scenario.ids.length} sampled ids]${leaf}${order ? ` order_by=${order}` : ''} limit=${scenario.limit}`;
}

/** Leaves are kept to the comparators every deployment supports alike. */
const LEAF_COMPARATORS: readonly Comparator[] = ['is', 'eq', 'neq', 'in'];

function leafFields(object: CatalogueObject, records: readonly RecordJson[]): ArbField[] {
  return fieldPaths(object)
    .filter((entry) => entry.path[0] !== 'id')
    .map((entry): ArbField => ({
      path: entry.path,
      resolved: entry.resolved,
      comparators: entry.comparators.filter((comparator) => LEAF_COMPARATORS.includes(comparator)),
      samples: records.map((record) => readPath(record, entry.path)),
    }))
    .filter((field) => generableComparators(field).length > 0);
}

export function scenarioArb(object: CatalogueObject, records: readonly RecordJson[], ranked: readonly RankedPath[], maxRecords: number): Arbitrary<Scenario> {
  const ids = records.map((record) => String(record['id']));
  const fields = leafFields(object, records);
  const leaf = fields.length > 0 ? fc.option(fc.oneof(...fields.map(leafArb)), { freq: 3, nil: undefined }) : fc.constant(undefined);
  const order = ranked.length > 0 ? fc.option(orderByArb(ranked.map((entry) => entry.path), { maxItems: 2 }), { freq: 5, nil: undefined }) : fc.constant(undefined);
  return fc
    .record({
      ids: fc.subarray(ids, { minLength: Math.min(2, ids.length), maxLength: Math.min(maxRecords, ids.length) }),
      leaf,
      order,
      limit: fc.integer({ min: 1, max: 7 }),
    })
    .map((value): Scenario => ({
      ids: value.ids,
      limit: value.limit,
      ...(value.leaf ? { leaf: value.leaf } : {}),
      ...(value.order ? { order: value.order } : {}),
    }));
}

export function exchangeOf(page: Page | undefined): Exchange | undefined {
  return (page as Partial<ListedPage> | undefined)?.exchange;
}

/**
 * The server's whole answer to the scenario's filter and order in one page (the
 * memo shares it between checks). More records than the filter names means the
 * id[in] filter did not pin the set: the scenario cannot be judged.
 */
export async function truthOf(client: TwentyClient, object: CatalogueObject, scenario: Scenario, fresh = false): Promise<ListedPage> {
  const order = orderOf(scenario);
  const page = await memoListPage(
    client,
    object,
    { filter: filterOf(scenario), ...(order ? { order_by: order } : {}), limit: scenario.ids.length + 1 },
    { fresh },
  );
  if (page.records.length > scenario.ids.length) {
    inconclusive(`filter ${describeScenario(scenario)} returned ${page.records.length} records for ${scenario.ids.length} ids`);
  }
  return page;
}

/** The fetcher of the scenario's pages; a walk that outlives the time bound stops the check. */
export function scenarioFetcher(client: TwentyClient, object: CatalogueObject, scenario: Scenario, timeLimitMs: number): FetchPage<RecordJson> {
  const order = orderOf(scenario);
  const fetch = pageFetcher(client, object, { filter: filterOf(scenario), ...(order ? { order_by: order } : {}) });
  const started = Date.now();
  return (params) => {
    if (Date.now() - started > timeLimitMs) inconclusive(`the walk took longer than ${timeLimitMs / 1000} s (${describeScenario(scenario)})`);
    return fetch(params);
  };
}

/**
 * Runs a judgement against the truth; when it finds violations, the truth is read
 * again, and if the data changed meanwhile (another client writing) the judgement
 * is repeated once on the new truth before its violations count.
 */
export async function judgeAgainstTruth(
  client: TwentyClient,
  object: CatalogueObject,
  scenario: Scenario,
  judge: (truth: ListedPage) => Promise<string[]>,
): Promise<{ truth: ListedPage; violations: string[] }> {
  const truth = await truthOf(client, object, scenario);
  const violations = await judge(truth);
  if (violations.length === 0) return { truth, violations };
  const again = await truthOf(client, object, scenario, true);
  if (sequenceDifference(idsOf(again.records), idsOf(truth.records)) === undefined) return { truth, violations };
  const retried = await judge(again);
  if (retried.length > 0) {
    const third = await truthOf(client, object, scenario, true);
    if (sequenceDifference(idsOf(third.records), idsOf(again.records)) !== undefined) {
      inconclusive(`the ${object.plural} records kept changing while they were paginated (${describeScenario(scenario)})`);
    }
  }
  return { truth: again, violations: retried };
}
