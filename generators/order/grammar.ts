// PLACEHOLDER signature, replaced by the grammar helper: the order_by grammar.
export const DIRECTIONS = ['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export interface OrderByItem {
  /** Dotted path split: ['name', 'firstName']. */
  path: string[];
  direction: Direction;
}
