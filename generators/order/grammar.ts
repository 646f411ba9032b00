// The `order_by=` query-string grammar as Twenty era D reads it (contract §4,
// §12.2, §12.3), and its printer. Whether a field exists or may be sorted is the
// server's business (it knows the datamodel), not the grammar's.
import { RestInputError } from '../errors/rest-input-error.ts';

export const DIRECTIONS = ['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export interface OrderByItem {
  /** Dotted path split: ['name', 'firstName']. */
  path: string[];
  direction: Direction;
}

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

const ID_TIE_BREAKER: OrderByItem = { path: ['id'], direction: 'AscNullsFirst' };

/**
 * Twenty tests a direction with `direction in OrderByDirection`, so the names
 * inherited from Object.prototype (`toString`, `__proto__`, …) pass its parser and
 * only fail later in the query runner (§12.2). We reject them with the runner's
 * scalar-field text, naming the item's top-level field, and only after every item
 * was read, so a genuine invalid-direction error later in the list still wins.
 * This class lets the server defer the error further (Twenty reads `filter` and
 * checks field existence before the runner would complain).
 */
export class OrderByRunnerError extends RestInputError {
  constructor(readonly field: string) {
    super(
      `Scalar field "${field}" requires a direction value (AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast)`,
    );
    this.name = 'OrderByRunnerError';
  }
}

function isInheritedObjectKey(value: string): boolean {
  return value in Object.prototype;
}

/**
 * Parses order_by. A non-string (absent, repeated, bracketed) gives `id` only.
 * Items split on every comma and are not trimmed; a direction is read only when
 * the item holds both `[` and `]`: the field is the text before the first `[`,
 * the direction the text after it with its first `]` removed. The `id`
 * tie-breaker is appended unless an item already starts with `id`, and a later
 * item repeating an earlier path is dropped (the first occurrence wins).
 */
export function parseOrderBy(raw: unknown, options: { defaultDirection?: Direction } = {}): OrderByItem[] {
  if (typeof raw !== 'string') return [{ ...ID_TIE_BREAKER, path: ['id'] }];
  const defaultDirection = options.defaultDirection ?? 'AscNullsFirst';
  const items: OrderByItem[] = [];
  let runnerError: OrderByRunnerError | undefined;
  for (const text of raw.split(',')) {
    const { field, direction } = splitItem(text, defaultDirection);
    const path = field.split('.');
    if (isDirection(direction)) {
      items.push({ path, direction });
      continue;
    }
    if (!isInheritedObjectKey(direction)) throw invalidDirection(direction);
    runnerError ??= new OrderByRunnerError(path[0] ?? '');
  }
  if (runnerError) throw runnerError;
  return withIdTieBreaker(items);
}

function splitItem(text: string, defaultDirection: Direction): { field: string; direction: string } {
  if (!(text.includes('[') && text.includes(']'))) return { field: text, direction: defaultDirection };
  const [field = '', afterBracket = ''] = text.split('[');
  return { field, direction: afterBracket.replace(']', '') };
}

function invalidDirection(direction: string): RestInputError {
  return new RestInputError(
    `'order_by' direction '${direction}' invalid. Allowed values are '${DIRECTIONS.join("', '")}'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`,
  );
}

function withIdTieBreaker(items: readonly OrderByItem[]): OrderByItem[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = JSON.stringify(item.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ordersById = unique.some((item) => item.path[0] === 'id');
  return ordersById ? unique : [...unique, { ...ID_TIE_BREAKER, path: ['id'] }];
}

/** Prints items as `a.b[Dir],c[Dir]`, always with an explicit direction. */
export function printOrderBy(items: readonly OrderByItem[]): string {
  return items.map((item) => `${item.path.join('.')}[${item.direction}]`).join(',');
}
