// The keyset condition "strictly after this cursor in this key order", NULL-aware:
// a lexicographic OR-chain where each step compares one key and pins the earlier
// ones, and where NULL sits first or last as the key's placement says.
import { badRequest } from '../errors.ts';
import { toParam } from '../schema/column-sql.ts';
import type { QueryContext } from './query-context.ts';
import type { SortKey } from './sort-keys.ts';

export type CursorValues = unknown[];

/** The cursor's value for each key; a missing key is Twenty's era-D 400 (a null is a value). */
export function cursorValues(cursor: unknown, keys: readonly SortKey[]): CursorValues {
  const source = typeof cursor === 'object' && cursor !== null && !Array.isArray(cursor) ? (cursor as Record<string, unknown>) : {};
  return keys.map((key) => {
    const found = lookup(source, key.cursorPath);
    if (!found.present) {
      throw badRequest(
        `Cursor is missing the value for orderBy field "${key.cursorPath.join('.')}": it was encoded for a different orderBy. Restart pagination without a cursor.`,
      );
    }
    return found.value;
  });
}

function lookup(source: Record<string, unknown>, path: readonly string[]): { present: boolean; value?: unknown } {
  // Newest cursors nest ({"name":{"firstName":…}}); older ones used dotted keys. Both are read.
  const dotted = path.join('.');
  if (path.length > 1 && Object.hasOwn(source, dotted)) return { present: true, value: source[dotted] };
  let current: unknown = source;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return { present: false };
    current = (current as Record<string, unknown>)[segment];
  }
  return { present: true, value: current };
}

/** The condition selecting rows strictly after `values` in `keys` order (inclusive under cursor-off-by-one). */
export function afterCondition(keys: readonly SortKey[], values: CursorValues, ctx: QueryContext, inclusive = false): string {
  const bind = (key: SortKey, value: unknown) => key.cast(ctx.params.add(toParam(key.column, value)));
  const equal = (key: SortKey, value: unknown) => (value === null || value === undefined ? `${key.expr} IS NULL` : `${key.expr} = ${bind(key, value)}`);
  const beyond = (key: SortKey, value: unknown): string | null => {
    if (value === null || value === undefined) return key.nullsFirst ? `${key.expr} IS NOT NULL` : null;
    const strict = `${key.expr} ${key.desc ? '<' : '>'} ${bind(key, value)}`;
    return key.nullsFirst ? strict : `(${strict} OR ${key.expr} IS NULL)`;
  };
  const steps: string[] = [];
  keys.forEach((key, index) => {
    const step = beyond(key, values[index]);
    if (step === null) return;
    const pinned = keys.slice(0, index).map((earlier, position) => equal(earlier, values[position]));
    steps.push([...pinned, step].join(' AND '));
  });
  if (inclusive) steps.push(keys.map((key, index) => equal(key, values[index])).join(' AND '));
  return steps.length === 0 ? 'FALSE' : `(${steps.map((step) => `(${step})`).join(' OR ')})`;
}
