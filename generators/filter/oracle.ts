// The suite's independent filter oracle: evaluates a FilterNode against a record
// as the REST API returns it (composites nested: record.name.firstName; join
// columns: record.companyId), with the SQL meaning Twenty gives each operator
// (contract §3.4). SQL three-valued logic throughout: a leaf is true, false or
// unknown (NULL); and/or/not combine them as SQL does; a record matches only when
// the whole filter is true. Soft-deletion and field existence are the caller's.
import { RestInputError } from '../errors/rest-input-error.ts';
import type { FilterLeaf, FilterNode } from './ast.ts';
import { nullEquivalenceOf } from './field-resolver.ts';
import type { FieldResolver, ResolvedField } from './field-resolver.ts';
import { jsonbText } from './jsonb-text.ts';
import { matchesLike } from './like.ts';
import { compareComparable, typeColumnValue, typeFilterValue } from './typed-values.ts';
import type { Comparable } from './typed-values.ts';

export type { FieldResolver, ResolvedField } from './field-resolver.ts';

/** SQL truth: true, false, or unknown (null). */
export type Truth = boolean | null;

/** One millisecond in the oracle's timestamp unit (µs). */
const ONE_MS = 1000;

export function evaluateFilter(node: FilterNode, record: Record<string, unknown>, resolve: FieldResolver): boolean {
  return truthOf(node, record, resolve) === true;
}

export function truthOf(node: FilterNode, record: Record<string, unknown>, resolve: FieldResolver): Truth {
  switch (node.type) {
    case 'and':
      return sqlAnd(node.children.map((child) => truthOf(child, record, resolve)));
    case 'or':
      return sqlOr(node.children.map((child) => truthOf(child, record, resolve)));
    case 'not': {
      const inner = truthOf(node.child, record, resolve);
      return inner === null ? null : !inner;
    }
    case 'leaf': {
      const field = resolve(node.path);
      if (!field) throw new Error(`oracle: no field resolves for path ${node.path.join('.')}`);
      return leafTruth(node, readPath(record, node.path), field);
    }
  }
}

export function sqlAnd(values: readonly Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

export function sqlOr(values: readonly Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}

/** The value at a path; a missing step (or a null relation on the way) reads as NULL. */
export function readPath(record: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) return null;
    current = (current as Record<string, unknown>)[step];
  }
  return current ?? null;
}

function isNull(value: unknown): boolean {
  return value === null || value === undefined;
}

/** What `IS NULL` also accepts for this field: `''` for text, `[]` for arrays (§3.4). */
function isNullEquivalentColumn(value: unknown, field: ResolvedField): boolean {
  const rule = nullEquivalenceOf(field);
  if (rule === 'text') return value === '';
  if (rule === 'array') return Array.isArray(value) && value.length === 0;
  return false;
}

/** Filter values that make eq/like/ilike also reach NULL rows and neq exclude them explicitly. */
function isNullEquivalentFilterValue(value: string, field: ResolvedField): boolean {
  const rule = nullEquivalenceOf(field);
  if (rule === 'text') return value === '' || value === 'NULL';
  if (rule === 'array') return value === 'NULL';
  return false;
}

function leafTruth(leaf: FilterLeaf, column: unknown, field: ResolvedField): Truth {
  const name = leaf.path.join('.');
  const { comparator, value } = leaf;
  if (comparator === 'is') return isTruth(scalar(value, comparator), column, field);
  if (comparator === 'in' || comparator === 'containsAny') {
    const items = Array.isArray(value) ? value : [value];
    if (isNull(column)) return null;
    if (comparator === 'containsAny') return containsAny(column, items);
    const typed = typeColumnValue(column, field);
    return items.some((item) => compareComparable(typed, typeFilterValue(item, field, name), field) === 0);
  }
  const text = scalar(value, comparator);
  const nullEquivalent = isNullEquivalentFilterValue(text, field);
  if (isNull(column)) {
    // `col = v OR col IS NULL`, `col != v AND col IS NOT NULL`, `col LIKE v OR col IS NULL`
    if (!nullEquivalent) return null;
    if (comparator === 'eq' || comparator === 'like' || comparator === 'ilike') return true;
    if (comparator === 'neq') return false;
    return null;
  }
  switch (comparator) {
    case 'like':
    case 'ilike':
      return matchesLike(columnText(column, field), text, comparator === 'ilike');
    case 'startsWith':
      return columnText(column, field).startsWith(text);
    case 'endsWith':
      return columnText(column, field).endsWith(text);
    default:
      return compareTruth(comparator, typeColumnValue(column, field), typeFilterValue(text, field, name), field);
  }
}

function scalar(value: string | string[], comparator: string): string {
  if (Array.isArray(value)) throw new Error(`oracle: '${comparator}' expects a single value`);
  return value;
}

function isTruth(value: string, column: unknown, field: ResolvedField): Truth {
  if (value === 'NULL') return isNull(column) || isNullEquivalentColumn(column, field);
  if (value === 'NOT_NULL') return !isNull(column);
  throw new RestInputError('Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"');
}

/** `col::text[] && ARRAY[…]`; a scalar column (SELECT, RATING) is read as a one-item array. */
function containsAny(column: unknown, items: readonly string[]): boolean {
  const values = Array.isArray(column) ? column : [column];
  return values.some((value) => items.includes(String(value)));
}

/**
 * eq/neq/gt/gte/lt/lte; DATE_TIME compares against the whole millisecond [v, v+1ms),
 * which also makes it exact when the database keeps microseconds the JSON hides.
 * (`in` on DATE_TIME is a plain equality and does not have that luck.)
 */
function compareTruth(comparator: string, column: Comparable, value: Comparable, field: ResolvedField): boolean {
  if (field.kind === 'DATE_TIME' && typeof column === 'number' && typeof value === 'number') {
    const inWindow = column >= value && column < value + ONE_MS;
    switch (comparator) {
      case 'eq':
        return inWindow;
      case 'neq':
        return !inWindow;
      case 'gt':
        return column >= value + ONE_MS;
      case 'gte':
        return column >= value;
      case 'lt':
        return column < value;
      case 'lte':
        return column < value + ONE_MS;
    }
  }
  const order = compareComparable(column, value, field);
  switch (comparator) {
    case 'eq':
      return order === 0;
    case 'neq':
      return order !== 0;
    case 'gt':
      return order > 0;
    case 'gte':
      return order >= 0;
    case 'lt':
      return order < 0;
    case 'lte':
      return order <= 0;
  }
  throw new Error(`oracle: unknown comparator ${comparator}`);
}

/** `col::text`: jsonb printed as Postgres does, everything else as its plain text. */
function columnText(column: unknown, field: ResolvedField): string {
  if (field.kind === 'RAW_JSON') return jsonbText(column);
  return typeof column === 'string' ? column : String(column);
}
