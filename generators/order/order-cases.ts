// Which sortable paths make an ordering probe informative on the data at hand:
// a path whose sample holds NULLs and several distinct values can tell a wrong
// direction or a misplaced NULL apart; a path where every value is equal cannot.
// Pure: the spec passes the catalogue's paths and the records it sampled.
import type { ResolvedField } from '../filter/field-resolver.ts';
import { readPath } from '../filter/oracle.ts';
import { decideValues, type TextPolicy } from './decidable-order.ts';
import { DIRECTIONS, printOrderBy, type Direction, type OrderByItem } from './grammar.ts';

export interface SortablePath {
  path: string[];
  resolved: ResolvedField;
}

export interface RankedPath extends SortablePath {
  nulls: number;
  /** Distinct non-null values (by JSON text). */
  distinct: number;
  /** True when at least two non-null values are decidedly ordered under the policy. */
  decidedPair: boolean;
}

/** jsonb ordering is not modelled, and Twenty leaves RAW_JSON sub-fields out of cursors (§4). */
export function orderablePath(path: SortablePath): boolean {
  return path.resolved.kind !== 'RAW_JSON';
}

function hasDecidedPair(values: readonly unknown[], field: ResolvedField, policy: TextPolicy): boolean {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const order = decideValues(values[i], values[j], field, policy);
      if (order !== undefined && order !== 0) return true;
    }
  }
  return false;
}

/**
 * The orderable paths, most informative first: NULLs and a decided pair, then a
 * decided pair, then the rest; within a class more distinct values first, then
 * by path so the choice is stable across runs.
 */
export function rankPaths(paths: readonly SortablePath[], records: readonly Record<string, unknown>[], policy: TextPolicy): RankedPath[] {
  const ranked = paths.filter(orderablePath).map((entry): RankedPath => {
    const values = records.map((record) => readPath(record, entry.path));
    const present = values.filter((value) => value !== null && value !== undefined);
    const distinctValues = [...new Map(present.map((value) => [JSON.stringify(value), value])).values()];
    return {
      ...entry,
      nulls: values.length - present.length,
      distinct: distinctValues.length,
      decidedPair: hasDecidedPair(distinctValues, entry.resolved, policy),
    };
  });
  const tier = (entry: RankedPath) => (entry.decidedPair ? (entry.nulls > 0 ? 0 : 1) : 2);
  return ranked.sort(
    (a, b) => tier(a) - tier(b) || b.distinct - a.distinct || a.path.join('.').localeCompare(b.path.join('.')),
  );
}

export interface DirectionCase {
  path: string[];
  direction: Direction;
}

/**
 * Every direction of each informative path (path by path), at most `budget` cases.
 * Paths that cannot tell anything apart (no decided pair) are left out.
 */
export function directionCases(ranked: readonly RankedPath[], budget: number, directions: readonly Direction[] = DIRECTIONS): DirectionCase[] {
  return ranked
    .filter((entry) => entry.decidedPair)
    .flatMap((entry) => directions.map((direction) => ({ path: [...entry.path], direction })))
    .slice(0, Math.max(0, budget));
}

/** SELECT and RATING paths whose sample holds two values in different option positions. */
export function optionOrderedPaths(ranked: readonly RankedPath[]): RankedPath[] {
  return ranked.filter((entry) => (entry.resolved.kind === 'SELECT' || entry.resolved.kind === 'RATING') && entry.decidedPair);
}

/**
 * The order_by to send for items in parseOrderBy's canonical form: without the
 * trailing `id[AscNullsFirst]` that parseOrderBy appended, so the request relies
 * on the server's own tie-breaker. An `id` item elsewhere or in another direction
 * stays; a final `id[AscNullsFirst]` is dropped, as it means the same.
 */
export function requestedOrderBy(items: readonly OrderByItem[]): string {
  const last = items[items.length - 1];
  const idItems = items.filter((item) => item.path[0] === 'id');
  const implicit = last !== undefined && idItems.length === 1 && idItems[0] === last && last.path.length === 1 && last.direction === 'AscNullsFirst';
  return printOrderBy(implicit && items.length > 1 ? items.slice(0, -1) : items);
}
