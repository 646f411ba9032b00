// The rules of the ORD checks (contract §4), judged on pages the specs asked for
// over a pinned universe of records (`id[in]:[…]`, one page): the page holds
// exactly that universe, and no pair of its records is decidedly out of the
// order asked (decidable-order.ts: text only where the target's collation must
// agree, NULL placement always) — ORD-001, ORD-003, ORD-004; an item without a
// direction lists the records as `AscNullsFirst` does — ORD-002.
import type { FieldResolver } from '../filter/field-resolver.ts';
import type { Finding } from '../filter/selection-judge.ts';
import { idsOf, sequenceDifference } from '../pagination/page-rules.ts';
import { describeViolation, firstOrderViolation, type TextPolicy } from './decidable-order.ts';
import type { OrderByItem } from './grammar.ts';

type RecordJson = Record<string, unknown>;

/** What an ordering check saw: one page of the pinned universe under an order_by. */
export interface OrderedPageObservation {
  /** The ids the page must hold: the universe the query pinned. */
  universe: readonly string[];
  /** The page size asked (one more than the universe, so a complete answer is recognisable). */
  limit: number;
  /** The page's records, in the order the server listed them. */
  records: readonly RecordJson[];
  /** The order they must follow, the id tie-breaker included (parseOrderBy's output). */
  items: readonly OrderByItem[];
  resolve: FieldResolver;
  policy: TextPolicy;
  /** How findings name the order, e.g. `order_by=name[DescNullsLast]`. */
  what: string;
}

/**
 * How the ids received differ from the ids wanted, as a set (missing, unexpected,
 * duplicated); undefined when they are the same records, each once.
 */
export function pageDifference(wanted: readonly string[], got: readonly string[]): string | undefined {
  const have = new Set(got);
  const missing = wanted.filter((id) => !have.has(id));
  const wantedSet = new Set(wanted);
  const extra = got.filter((id) => !wantedSet.has(id));
  if (missing.length === 0 && extra.length === 0 && got.length === wanted.length) return undefined;
  const parts = [`${got.length} record(s) returned`];
  if (missing.length > 0) parts.push(`missing ${missing.length} [${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}]`);
  if (extra.length > 0) parts.push(`unexpected ${extra.length} [${extra.slice(0, 3).join(', ')}]`);
  if (got.length !== have.size) parts.push('duplicates');
  return parts.join('; ');
}

/**
 * The ordered page must hold exactly the universe: an order that drops the rows
 * with NULLs (or answers []) is as wrong as one that misplaces them.
 */
function incompletePage({ universe, limit, records, what }: OrderedPageObservation): Finding | null {
  const difference = pageDifference(universe, idsOf(records));
  if (!difference) return null;
  return {
    received: `${what}: ${difference}`,
    expected: `all ${universe.length} records of id[in]:[…] in one page (limit ${limit}), in order`,
  };
}

function misordered({ records, items, resolve, policy, what }: OrderedPageObservation): Finding | null {
  const violation = firstOrderViolation(records, items, resolve, policy);
  if (!violation) return null;
  return {
    received: describeViolation(records, violation, items),
    expected: `records in ${what} order, ties broken by id ascending`,
    ...(policy === 'portable'
      ? { hint: 'text values are compared only where the C collation and a locale collation agree (same case, letters and digits only); NULL placement always' }
      : {}),
  };
}

/** Null when the page holds exactly the universe and no decided pair is out of order; else the first problem. */
export function judgeOrderedPage(observation: OrderedPageObservation): Finding | null {
  return incompletePage(observation) ?? misordered(observation);
}

/** The order_by an item without a direction must mean: `path[AscNullsFirst]` (contract §4). */
export function explicitDefaultOrder(path: string): string {
  return `${path}[AscNullsFirst]`;
}

/**
 * ORD-002: `order_by=path` lists the records exactly as `order_by=path[AscNullsFirst]`
 * does (the ids of each page, in order). Null when they agree.
 */
export function judgeDefaultDirection(path: string, implicitIds: readonly string[], explicitIds: readonly string[]): Finding | null {
  const difference = sequenceDifference(implicitIds, explicitIds);
  if (!difference) return null;
  const explicitOrder = explicitDefaultOrder(path);
  return {
    received: `order_by=${path} lists the records differently from order_by=${explicitOrder}: ${difference}`,
    expected: `the same order as order_by=${explicitOrder}`,
  };
}
