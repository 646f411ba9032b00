// The suite's ordering oracle: compares records as the REST API returns them the
// way Postgres orders them under Twenty's ORDER BY (contract §4): ASC/DESC with
// NULLS FIRST/LAST exactly as named, SELECT/RATING by declared option order,
// numbers numerically, text by the shared collation, dates chronologically,
// booleans false < true. A TEXT "" is a value, not a NULL.
import { compareText } from '../filter/collation.ts';
import type { FieldResolver, ResolvedField } from '../filter/field-resolver.ts';
import { jsonbText } from '../filter/jsonb-text.ts';
import { readPath } from '../filter/oracle.ts';
import { compareComparable, typeColumnValue } from '../filter/typed-values.ts';
import type { OrderByItem } from './grammar.ts';

export function compareRecords(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  items: readonly OrderByItem[],
  resolve: FieldResolver,
): number {
  for (const item of items) {
    const field = resolve(item.path);
    if (!field) throw new Error(`oracle: no field resolves for path ${item.path.join('.')}`);
    const order = compareItem(readPath(a, item.path), readPath(b, item.path), item, field);
    if (order !== 0) return order;
  }
  return 0;
}

/** A stable sort into a new array; ties keep their input order. */
export function sortRecords<R extends Record<string, unknown>>(
  records: readonly R[],
  items: readonly OrderByItem[],
  resolve: FieldResolver,
): R[] {
  return [...records].sort((a, b) => compareRecords(a, b, items, resolve));
}

function compareItem(a: unknown, b: unknown, item: OrderByItem, field: ResolvedField): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  // NULL placement is as named, whichever way the values run.
  if (aNull || bNull) {
    if (aNull && bNull) return 0;
    const nullsFirst = item.direction.endsWith('NullsFirst');
    return aNull === nullsFirst ? -1 : 1;
  }
  const order = compareValues(a, b, field);
  return item.direction.startsWith('Desc') ? -order : order;
}

/**
 * Non-null values of one field. Arrays (MULTI_SELECT, ARRAY) compare element by
 * element, a shorter prefix first, as Postgres arrays do. RAW_JSON falls back to
 * its jsonb text, which only approximates Postgres's jsonb ordering.
 */
export function compareValues(a: unknown, b: unknown, field: ResolvedField): number {
  if (field.kind === 'RAW_JSON') return compareText(jsonbText(a), jsonbText(b));
  if (Array.isArray(a) && Array.isArray(b)) {
    const elementField: ResolvedField = field.kind === 'MULTI_SELECT' ? field : { ...field, kind: 'TEXT' };
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareValues(a[i], b[i], elementField);
      if (order !== 0) return order;
    }
    return Math.sign(a.length - b.length);
  }
  return compareComparable(typeColumnValue(a, field), typeColumnValue(b, field), field);
}
