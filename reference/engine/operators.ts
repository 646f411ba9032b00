// The operators the reference's filter compiler accepts per column kind: its OWN
// table, written from Twenty's REST layer behaviour (contract §3.3), deliberately not
// the suite's table in generators/kinds/, so a mistake in one is caught by the other.
import type { ScalarKind } from '../../generators/kinds/field-kinds.ts';
import type { Comparator } from '../../generators/kinds/comparators.ts';

/** Numbers, dates and ids compare with the six order operators, `in` and `is`. */
const COMPARABLE: readonly Comparator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'];
const TEXT_MATCHING: readonly Comparator[] = [...COMPARABLE, 'like', 'ilike', 'startsWith', 'endsWith'];
const ENUMERATED: readonly Comparator[] = ['eq', 'neq', 'in', 'containsAny', 'is'];

export const OPERATORS_BY_COLUMN_KIND: Readonly<Record<ScalarKind | 'RELATION', readonly Comparator[]>> = {
  UUID: COMPARABLE,
  RELATION: COMPARABLE,
  TEXT: TEXT_MATCHING,
  NUMBER: COMPARABLE,
  NUMERIC: COMPARABLE,
  POSITION: COMPARABLE,
  DATE: COMPARABLE,
  DATE_TIME: COMPARABLE,
  BOOLEAN: ['eq', 'is'],
  SELECT: ENUMERATED,
  RATING: ENUMERATED,
  MULTI_SELECT: ['containsAny', 'is'],
  ARRAY: ['is'],
  RAW_JSON: ['is', 'like'],
  FILES: ['is'],
};

export function operatorsFor(kind: string): readonly Comparator[] {
  return Object.prototype.hasOwnProperty.call(OPERATORS_BY_COLUMN_KIND, kind) ? OPERATORS_BY_COLUMN_KIND[kind as ScalarKind | 'RELATION'] : [];
}
