// order_by items → sort keys: the SQL expression, its direction and nulls
// placement, and where its value sits in a cursor. Validation texts follow
// contract §4 / §12.2; the ordering faults are switched here.
import type { Direction, OrderByItem } from '../../generators/order/grammar.ts';
import { badRequest } from '../errors.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import { castParam } from '../schema/column-sql.ts';
import type { ColumnDef } from '../schema/columns.ts';
import { resolvePath } from './field-paths.ts';
import type { QueryContext } from './query-context.ts';

export interface SortKey {
  /** The SQL expression sorted on. */
  expr: string;
  /** Casts a placeholder to the type `expr` compares with. */
  cast: (placeholder: string) => string;
  desc: boolean;
  nullsFirst: boolean;
  /** The column read to build cursors (on the main row or, for company.name, on the joined row). */
  column: ColumnDef;
  /** The table alias the column is read from. */
  alias: string;
  /** Where the value lives in the row read back: the select alias. */
  readAs: string;
  /** The key path inside a cursor: ['name', 'firstName'], ['position'], ['company', 'name']. */
  cursorPath: string[];
}

export function directionOf(direction: Direction, ctx: QueryContext): { desc: boolean; nullsFirst: boolean } {
  const desc = direction.startsWith('Desc');
  let nullsFirst = direction.endsWith('NullsFirst');
  if (direction === 'DescNullsFirst' && ctx.fault.is('desc-nulls-first-placed-last')) nullsFirst = false;
  return { desc, nullsFirst };
}

/** Keeps the first occurrence of each path and makes sure id closes the list (contract §4 tie-breaker). */
export function withIdTieBreaker(items: readonly OrderByItem[]): OrderByItem[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = item.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!seen.has('id')) unique.push({ path: ['id'], direction: 'AscNullsFirst' });
  return unique;
}

export function buildSortKeys(items: readonly OrderByItem[], ctx: QueryContext): SortKey[] {
  // `order-by-first-item-only`: the items after the first are lost before the id tie-break.
  const used = ctx.fault.is('order-by-first-item-only') ? items.slice(0, 1) : items;
  return withIdTieBreaker(used).map((item, index) => {
    const dotted = item.path.join('.');
    const resolution = resolvePath(ctx.object, item.path, undefined, (field) => ctx.objectNamed(field.relation!.target));
    if (!resolution.ok) {
      switch (resolution.reason) {
        case 'composite-needs-sub-field':
          if (item.path.length === 1) {
            const name = resolution.field.name;
            throw badRequest(`Composite field "${name}" requires subfield ordering (e.g., { ${name}: { subFieldName: 'AscNullsFirst' } })`);
          }
          throw badRequest(`Field "${dotted}" does not exist or is not sortable`);
        case 'relation-by-name': {
          const name = resolution.field.name;
          throw badRequest(`Relation field "${name}" requires nested field ordering (e.g., { ${name}: { fieldName: 'AscNullsFirst' } })`);
        }
        default:
          throw badRequest(`Field "${dotted}" does not exist or is not sortable`);
      }
    }
    const resolved = resolution.resolved;
    if (item.path.length !== resolved.consumed) throw badRequest(`Field "${dotted}" does not exist or is not sortable`);
    const alias = resolved.via ? ctx.joinFor(resolved.via).alias : ctx.alias;
    const column = resolved.column;
    const ref = `${quoteIdent(alias)}.${quoteIdent(column.name)}`;
    const isScalarEnum = column.type.kind === 'enum' && !column.type.array;
    const alphabetical = isScalarEnum && ctx.fault.is('select-sorted-alphabetically');
    const { desc, nullsFirst } = directionOf(item.direction, ctx);
    return {
      expr: alphabetical ? `${ref}::text` : ref,
      cast: (placeholder) => (alphabetical ? `${placeholder}::text` : castParam(column, ctx.schema, placeholder)),
      desc,
      nullsFirst,
      column,
      alias,
      readAs: `sort_${index}`,
      cursorPath: [...item.path],
    };
  });
}

export function orderByClause(keys: readonly SortKey[]): string {
  return keys
    .map((key) => `${key.expr} ${key.desc ? 'DESC' : 'ASC'} NULLS ${key.nullsFirst ? 'FIRST' : 'LAST'}`)
    .join(', ');
}

/**
 * The order a backward page is scanned in: every key reversed, direction and
 * nulls placement both (contract §4). The older Twenty bug flipped only ASC/DESC.
 */
export function reversedForScan(keys: readonly SortKey[], ctx: QueryContext): SortKey[] {
  const keepNulls = ctx.fault.is('backward-nulls-misplaced');
  return keys.map((key) => ({ ...key, desc: !key.desc, nullsFirst: keepNulls ? key.nullsFirst : !key.nullsFirst }));
}
