// The page sizes a run works with, from the catalogue (the document's `limit`
// parameter). Only when the document states none does the contract's default apply
// (§5.1: QUERY_DEFAULT_LIMIT_RECORDS); a maximum the document does not state is taken
// to be that default, the one page size every Twenty version serves whole.
import type { Catalogue } from '../openapi/catalogue-types.ts';

export const CONTRACT_DEFAULT_LIMIT = 60;

export interface PageLimits {
  /** The page a list answers without `limit`. */
  default: number;
  /** The largest page the document allows (at least 1). */
  maximum: number;
}

export function pageLimits(catalogue: Pick<Catalogue, 'limit'>): PageLimits {
  const stated = catalogue.limit;
  const maximum = Math.max(1, stated.maximum ?? stated.default ?? CONTRACT_DEFAULT_LIMIT);
  const byDefault = Math.max(1, stated.default ?? Math.min(CONTRACT_DEFAULT_LIMIT, maximum));
  return { default: byDefault, maximum };
}

/** The page size for reading samples: the default page, never more than the maximum. */
export function readingPageSize(catalogue: Pick<Catalogue, 'limit'>): number {
  const limits = pageLimits(catalogue);
  return Math.min(limits.default, limits.maximum);
}
