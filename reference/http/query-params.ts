// `limit` and `depth` as Twenty's REST input parsers read them (era D:
// parse-limit-rest-request.util.ts and parse-depth-rest-request.util.ts under
// engine/api/rest/input-request-parsers; contract §5.1, §5.6, §12.1, §12.9).
// Both parsers test `!request.query.x` on the raw value qs built (so absent and
// `x=` alike take the default, while a blank `%20` or an array goes on) and then
// coerce with unary `+`; their messages interpolate the raw value, which is how a
// repeated parameter shows up comma-joined.
import type { QueryValue } from './query-string.ts';
import { RestInputError } from './rest-input-error.ts';

/**
 * The raw value as Twenty's `+raw` and `${raw}` read it. qs hands Twenty ordinary
 * objects for `limit[a]=1`, which read as '[object Object]' (so NaN, a 400); the
 * reference's query parser builds null-prototype objects, which JavaScript cannot
 * coerce at all, so they are read here the way Twenty's would be.
 */
function asText(raw: QueryValue): string {
  if (Array.isArray(raw)) return raw.map((item) => asText(item as QueryValue)).join(',');
  if (typeof raw === 'object' && raw !== null) return '[object Object]';
  return String(raw);
}

export interface LimitBounds {
  defaultLimit: number;
  maxLimit: number;
}

/**
 * Twenty's parseLimitRestRequest: NaN or negative is a 400; anything else is
 * `Math.min(limit, maxLimit)`, so an oversized limit is silently clamped and a
 * fraction or `-0` comes back as it is.
 */
export function parseLimit(raw: QueryValue | undefined, bounds: LimitBounds): number {
  if (!raw) return bounds.defaultLimit;
  const limit = +asText(raw);
  if (isNaN(limit) || limit < 0) throw new RestInputError(`limit '${asText(raw)}' is invalid. Should be an integer`);
  return Math.min(limit, bounds.maxLimit);
}

/**
 * The records a page may hold for that limit. Twenty's runner keeps
 * `slice(0, limit)` of what it fetched, so `limit=1.5` shows 1 record; the
 * reference's SQL `LIMIT` takes an integer, so it keeps the whole part (and
 * `-0` becomes 0).
 */
export function readLimit(raw: QueryValue | undefined, bounds: LimitBounds): number {
  return Math.floor(parseLimit(raw, bounds)) + 0;
}

/** The depths era D serves (era B allowed 2 as well). */
const ALLOWED_DEPTH_VALUES = [0, 1] as const;
export type Depth = (typeof ALLOWED_DEPTH_VALUES)[number];

/**
 * Twenty's parseDepthRestRequest: any value whose unary `+` is 0 or 1 is taken
 * (`%201`, `1.0`, `0x1`, `-0`, `depth[]=1`); the rest is a 400 listing the
 * allowed values. `includes` compares like `===` on numbers, so `-0` passes as 0.
 */
export function parseDepth(raw: QueryValue | undefined): Depth {
  if (!raw) return 0;
  const depth = +asText(raw);
  const allowed: readonly number[] = ALLOWED_DEPTH_VALUES;
  if (isNaN(depth) || !allowed.includes(depth)) {
    throw new RestInputError(`'depth=${asText(raw)}' parameter invalid. Allowed values are ${ALLOWED_DEPTH_VALUES.join(', ')}`);
  }
  return depth === 1 ? 1 : 0;
}
