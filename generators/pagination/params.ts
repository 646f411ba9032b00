// The `limit` and `depth` query parameters as Twenty era D reads them (contract
// §5.1, §5.6, §12.1, §12.9). Both test emptiness on the raw value and then coerce
// with unary `+`, so blanks, hex and repeated parameters behave like Twenty's.
import { RestInputError } from '../errors/rest-input-error.ts';

/** Unary `+` on a query value: a string, or an array qs built from a repeated parameter. */
function coerce(raw: unknown): number {
  return Number(raw);
}

/** How Twenty interpolates a raw query value into a message: arrays comma-joined. */
function describe(raw: unknown): string {
  return String(raw);
}

/**
 * Absent or empty → the default; NaN or negative → 400; above the maximum →
 * silently clamped. `limit=%20` is 0 (the blank passes the emptiness test, then
 * coerces to 0). A fraction is accepted by Twenty and the page keeps
 * `slice(0, 1.5)` = 1 record, so we floor it: the SQL LIMIT needs an integer.
 */
export function parseLimit(raw: unknown, opts: { defaultLimit: number; maxLimit: number }): number {
  if (!raw) return opts.defaultLimit;
  const limit = coerce(raw);
  if (Number.isNaN(limit) || limit < 0) {
    throw new RestInputError(`limit '${describe(raw)}' is invalid. Should be an integer`);
  }
  const clamped = Math.min(limit, opts.maxLimit);
  return Number.isFinite(clamped) ? Math.floor(clamped) + 0 : clamped;
}

/** Absent or empty → 0; any value that coerces to 0 or 1 is accepted (`%201`, `1.0`, `0x1`, `-0`). */
export function parseDepth(raw: unknown): 0 | 1 {
  if (!raw) return 0;
  const depth = coerce(raw);
  if (depth === 0) return 0;
  if (depth === 1) return 1;
  throw new RestInputError(`'depth=${describe(raw)}' parameter invalid. Allowed values are 0, 1`);
}
