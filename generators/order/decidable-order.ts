// Comparing records only where the answer is certain on the target: the oracle
// (oracle.ts) is exact on the embedded reference, but a real Twenty sorts text in
// its database's locale (en_US: 'acme' < 'Acme', punctuation ignored), may hold
// microseconds behind a millisecond JSON timestamp, and orders jsonb in ways the
// oracle only approximates. Such pairs are "undecided", and an order check only
// rejects a list where a decided pair is out of order: no false failures.
import { compareText } from '../filter/collation.ts';
import type { FieldResolver, ResolvedField } from '../filter/field-resolver.ts';
import { readPath } from '../filter/oracle.ts';
import type { OrderByItem } from './grammar.ts';
import { compareValues } from './oracle.ts';

/**
 * `c-collation`: text orders by code point (the embedded reference's PGlite).
 * `portable`: text is compared only where C and a case-aware locale agree.
 */
export type TextPolicy = 'c-collation' | 'portable';

/** -1/0/1 as sortRecords would order the two, or undefined when the target may legitimately differ. */
export type Decision = -1 | 0 | 1 | undefined;

const LOWER_ALNUM = /^[a-z0-9]*$/;
const UPPER_ALNUM = /^[A-Z0-9]*$/;

/**
 * Two texts of one case class (only lowercase letters and digits, or only
 * uppercase letters and digits) order the same in C and in en_US-like locales:
 * no punctuation or space to ignore, no case to weigh, digits before letters.
 */
export function textOrderIsPortable(a: string, b: string): boolean {
  return (LOWER_ALNUM.test(a) && LOWER_ALNUM.test(b)) || (UPPER_ALNUM.test(a) && UPPER_ALNUM.test(b));
}

function sign(value: number): -1 | 0 | 1 {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

function decideText(a: string, b: string, policy: TextPolicy): Decision {
  if (policy === 'portable' && a !== b && !textOrderIsPortable(a, b)) return undefined;
  return sign(compareText(a, b));
}

/** Two non-null values of one field. */
export function decideValues(a: unknown, b: unknown, field: ResolvedField, policy: TextPolicy): Decision {
  switch (field.kind) {
    case 'RAW_JSON':
      // Postgres orders jsonb by type, then size, then content: not modelled.
      return undefined;
    case 'TEXT':
      return typeof a === 'string' && typeof b === 'string' ? decideText(a, b, policy) : undefined;
    case 'ARRAY': {
      if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const element = decideValues(a[i], b[i], { kind: 'TEXT' }, policy);
        if (element !== 0) return element;
      }
      return sign(a.length - b.length);
    }
    case 'DATE_TIME': {
      // The JSON shows milliseconds; a database value may hold microseconds too.
      const order = sign(compareValues(a, b, field));
      return order === 0 ? undefined : order;
    }
    default:
      return sign(compareValues(a, b, field));
  }
}

function isNull(value: unknown): boolean {
  return value === null || value === undefined;
}

/**
 * Compares two records under an order_by (the id tie-breaker included by the
 * caller), item by item. NULL placement is always decided; the first undecided
 * item makes the whole comparison undecided, since later items may not be reached.
 */
export function decideRecords(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  items: readonly OrderByItem[],
  resolve: FieldResolver,
  policy: TextPolicy,
): Decision {
  for (const item of items) {
    const field = resolve(item.path);
    if (!field) return undefined;
    const left = readPath(a, item.path);
    const right = readPath(b, item.path);
    if (isNull(left) || isNull(right)) {
      if (isNull(left) && isNull(right)) continue;
      const nullsFirst = item.direction.endsWith('NullsFirst');
      return isNull(left) === nullsFirst ? -1 : 1;
    }
    const order = decideValues(left, right, field, policy);
    if (order === undefined) return undefined;
    if (order !== 0) return item.direction.startsWith('Desc') ? (order === 1 ? -1 : 1) : order;
  }
  return 0;
}

export interface OrderViolation {
  /** Positions in the list (0-based), earlier first. */
  earlier: number;
  later: number;
  earlierId: string;
  laterId: string;
}

/**
 * The first pair of the list that is decidedly out of order (the later record
 * belongs strictly before the earlier one). Every pair is compared, not only
 * neighbours, because an undecided neighbour would otherwise hide a violation.
 */
export function firstOrderViolation(
  records: readonly Record<string, unknown>[],
  items: readonly OrderByItem[],
  resolve: FieldResolver,
  policy: TextPolicy,
): OrderViolation | undefined {
  for (let later = 1; later < records.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      if (decideRecords(records[earlier]!, records[later]!, items, resolve, policy) === 1) {
        return { earlier, later, earlierId: String(records[earlier]!['id']), laterId: String(records[later]!['id']) };
      }
    }
  }
  return undefined;
}

/** One line naming the two records and their values on the order's paths. */
export function describeViolation(
  records: readonly Record<string, unknown>[],
  violation: OrderViolation,
  items: readonly OrderByItem[],
): string {
  const show = (index: number) => {
    const record = records[index]!;
    const values = items.map((item) => `${item.path.join('.')}=${JSON.stringify(readPath(record, item.path)) ?? 'undefined'}`);
    return `#${index + 1} ${String(record['id'])} (${values.join(', ')})`;
  };
  return `${show(violation.earlier)} is listed before ${show(violation.later)}`;
}
