// The filter AST shared by the grammar (parse/print), the suite's oracle and the
// reference's SQL compiler: one grammar, two independent semantics.
import type { Comparator } from '../kinds/comparators.ts';

/** How a scalar value was written, so printing is faithful. */
export type Quote = '"' | "'" | null;

export interface FilterLeaf {
  type: 'leaf';
  /** The dotted field path: ['name', 'firstName'] for name.firstName. */
  path: string[];
  comparator: Comparator;
  /**
   * Values are strings, as Twenty's parser leaves them (typing happens later,
   * against the field kind). `in` / `containsAny` carry a list; `is` carries the
   * raw text (NULL / NOT_NULL); every other comparator the unquoted text.
   */
  value: string | string[];
  /** The quote the value was written with (scalar values only). */
  quote?: Quote;
}

export interface FilterGroup {
  type: 'and' | 'or';
  children: FilterNode[];
}

export interface FilterNot {
  type: 'not';
  child: FilterNode;
}

export type FilterNode = FilterLeaf | FilterGroup | FilterNot;
