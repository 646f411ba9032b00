// Cursors: standard base64 of the JSON of the record's order-by values plus id
// (contract §5.2). Decoding is as lenient as Node's Buffer, like Twenty's (§12.5).
import { Buffer } from 'node:buffer';
import { RestInputError } from '../errors/rest-input-error.ts';

export function encodeCursor(values: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64');
}

/**
 * Accepts the URL-safe alphabet, missing padding and trailing garbage, because
 * Buffer's base64 decoder does. Returns whatever JSON the cursor holds; deciding
 * what a falsy or non-object value means is the caller's job (§12.5).
 */
export function decodeCursor(raw: string): unknown {
  try {
    return JSON.parse(Buffer.from(raw, 'base64').toString());
  } catch {
    throw new RestInputError(`Invalid cursor: ${raw}`);
  }
}

/**
 * What Twenty puts in a record's cursor: the record's value for each top-level
 * order-by key, in order, then `id` (a composite key carries the whole nested
 * object, as the newest versions do, §5.2).
 */
export function cursorValuesOf(
  record: Record<string, unknown>,
  orderBy: readonly { path: readonly string[] }[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const item of orderBy) {
    const key = item.path[0];
    if (key !== undefined && !Object.hasOwn(values, key)) setOwn(values, key, record[key]);
  }
  setOwn(values, 'id', record['id']);
  return values;
}

/** Plain assignment would treat a key named `__proto__` specially. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
