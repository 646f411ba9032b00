// Cursor text ⇄ JSON (contract §5.2, §12.5): standard base64 of JSON.stringify.
// An adapter so the engine can later switch to generators/pagination/cursor.ts.
import { badRequest } from '../errors.ts';

export function encodeCursor(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

/**
 * Buffer's base64 decoder is as lenient as Twenty's (URL-safe alphabet, missing
 * padding, trailing junk ignored). Throws the 400 Twenty answers when JSON.parse fails.
 */
export function decodeCursor(raw: string): unknown {
  try {
    return JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  } catch {
    throw badRequest(`Invalid cursor: ${raw}`);
  }
}
