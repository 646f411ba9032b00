// Cursor text ⇄ JSON (contract §5.2, §12.5): the shared codec of
// generators/pagination, with its input error turned into the engine's 400.
import { RestInputError } from '../../generators/errors/rest-input-error.ts';
import { decodeCursor as decodeShared, encodeCursor as encodeShared } from '../../generators/pagination/cursor.ts';
import { badRequest } from '../errors.ts';

export function encodeCursor(value: Record<string, unknown>): string {
  return encodeShared(value);
}

/** Lenient base64 then JSON.parse; failure is 400 `Invalid cursor: <raw>`. */
export function decodeCursor(raw: string): unknown {
  try {
    return decodeShared(raw);
  } catch (error) {
    if (error instanceof RestInputError) throw badRequest(error.message);
    throw error;
  }
}
