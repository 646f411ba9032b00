// A pagination scenario: a small set of sampled records pinned with id[in]
// (optionally narrowed by one generated leaf), an order (or none) and a page size.
// Its truth is the server's own single-page answer to the same filter and order
// (tests/support/pagination/scenario.ts reads it): a walk must reproduce it
// exactly, so the walks never depend on collation. Pure: what to ask, not asking.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { fieldPaths } from '../fixtures/catalogue-resolver.ts';
import { generableComparators, leafArb, type ArbField } from '../filter/arbitraries.ts';
import type { FilterLeaf } from '../filter/ast.ts';
import { printFilter } from '../filter/grammar.ts';
import { readPath } from '../filter/oracle.ts';
import type { Comparator } from '../kinds/comparators.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { orderByArb } from '../order/arbitraries.ts';
import { parseOrderBy, type OrderByItem } from '../order/grammar.ts';
import { requestedOrderBy, type RankedPath } from '../order/order-cases.ts';
import { idsOf } from './page-rules.ts';

type RecordJson = Record<string, unknown>;

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

/**
 * The scenarios every gate run tries first: the first sampled records ordered by
 * the most informative NULL-holding path both ways (a backward scan must flip the
 * NULL side too), and by id only, with pages of two.
 */
export function knownScenarios(records: readonly RecordJson[], ranked: readonly RankedPath[], maxRecords: number): Scenario[] {
  const ids = idsOf(records.slice(0, maxRecords));
  const nullPath = ranked.find((entry) => entry.decidedPair && entry.nulls > 0);
  const scenarios: Scenario[] = [{ ids, limit: 2 }];
  if (nullPath) {
    const path = nullPath.path.join('.');
    scenarios.push({ ids, limit: 2, order: parseOrderBy(`${path}[AscNullsFirst]`) });
    scenarios.push({ ids, limit: 3, order: parseOrderBy(`${path}[DescNullsLast]`) });
  }
  return scenarios;
}

/** Smoke: one fixed scenario of four records and pages of two (three requests a walk at most). */
export function smokeScenario(records: readonly RecordJson[]): Scenario {
  return { ids: idsOf(records.slice(0, 4)), limit: 2 };
}
