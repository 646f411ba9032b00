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
