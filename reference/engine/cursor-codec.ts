// Cursor text ⇄ JSON as Twenty's query layer does it (engine/api/common/utils/
// cursor.util.ts, the same as graphql-query-runner/utils/cursors.util.ts;
// contract §5.2, §12.5). The reference's own codec: the suite has another, and
// each checks the other.
import { Buffer } from 'node:buffer';
import { badRequest } from '../errors.ts';

/** encodeCursorData: standard base64 (`+`, `/`, `=` padding) of the JSON text. */
export function encodeCursor(cursorData: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(cursorData)).toString('base64');
}

/**
 * decodeCursor: Buffer's base64 decoder, which also reads the URL-safe alphabet,
 * missing padding, skips characters outside the alphabet and stops at `=`, then
 * JSON.parse. Any failure is 400 `Invalid cursor: <cursor as received>`. What a
 * falsy or non-object value means is the caller's business (§12.5).
 */
export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64').toString());
  } catch {
    throw badRequest(`Invalid cursor: ${cursor}`);
  }
}
