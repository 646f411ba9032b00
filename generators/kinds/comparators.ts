// Which comparators a field kind accepts, as Twenty's REST layer decides (contract §3.3).
// The REST grammar cannot express containsIlike/isEmptyArray, so they are left out.
import type { FieldKind } from './field-kinds.ts';

export const COMPARATORS = [
  'eq',
  'neq',
  'in',
  'containsAny',
  'is',
  'gt',
  'gte',
  'lt',
  'lte',
  'startsWith',
  'endsWith',
  'like',
  'ilike',
] as const;

export type Comparator = (typeof COMPARATORS)[number];

const ORDERED: readonly Comparator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'];

export const COMPARATORS_BY_KIND: Record<FieldKind, readonly Comparator[]> = {
  TEXT: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is', 'like', 'ilike', 'startsWith', 'endsWith'],
  NUMBER: ORDERED,
  NUMERIC: ORDERED,
  POSITION: ORDERED,
  BOOLEAN: ['eq', 'is'],
  DATE: ORDERED,
  DATE_TIME: ORDERED,
  UUID: ORDERED,
  RELATION: ORDERED,
  ARRAY: ['is'],
  MULTI_SELECT: ['containsAny', 'is'],
  SELECT: ['eq', 'neq', 'in', 'containsAny', 'is'],
  RATING: ['eq', 'neq', 'in', 'containsAny', 'is'],
  RAW_JSON: ['is', 'like'],
  FILES: ['is'],
  // Composite kinds are filtered through a sub-field; the whole field only in theory.
  ACTOR: ['eq', 'neq', 'is'],
  ADDRESS: ['eq', 'neq', 'is'],
  CURRENCY: ['eq', 'neq', 'is'],
  EMAILS: ['eq', 'neq', 'is'],
  FULL_NAME: ['eq', 'neq', 'is'],
  LINKS: ['eq', 'neq', 'is'],
  PHONES: ['eq', 'neq', 'is'],
  RICH_TEXT_V2: ['eq', 'neq', 'is'],
};

export function isComparator(value: string): value is Comparator {
  return (COMPARATORS as readonly string[]).includes(value);
}
