// The judges of the cursor walks (PAG-001, PAG-002, PAG-003). Each takes the
// pages a walk fetched and the truth they are held to, the ids of the server's
// own single-page answer to the same filter and order, and returns one sentence
// per violation (empty when the server complies). Fetching stays with the caller.
import { idsOf, pageBefore, sequenceDifference } from './page-rules.ts';
import { pageInvariants, type Page, type Walk } from './walk.ts';

/**
 * PAG-001: a forward walk returns every record of the truth exactly once and in
 * its order, full pages of `limit` but the last, totalCount = the truth's length
 * on every page and era-D pageInfo (walk.ts pageInvariants).
 */
export function judgeForwardWalk(walk: Walk, truthIds: readonly string[], limit: number): string[] {
  return pageInvariants(walk, truthIds, { limit, expectedTotal: truthIds.length });
}

/**
 * PAG-002: a backward walk from the endCursor of the single-page answer returns
 * every record before the last one, in the truth's order (pages presented in the
 * requested order), with totalCount = the whole truth's length.
 */
export function judgeBackwardWalk(walk: Walk, truthIds: readonly string[], limit: number): string[] {
  return pageInvariants(walk, truthIds.slice(0, -1), { limit, expectedTotal: truthIds.length });
}

/**
 * PAG-003: `ending_before=<startCursor of page k+1>` of a forward walk with pages of
 * `limit` (k ≥ 1) steps back to page k: the `limit` records before it, in list
 * order, with hasNextPage true (a cursor was sent) and hasPreviousPage true
 * exactly when records remain before page k.
 */
export function judgeStepBack(back: Page, list: readonly string[], k: number, limit: number): string[] {
  const where = `ending_before=<startCursor of page ${k + 1}>`;
  const problems: string[] = [];
  const difference = sequenceDifference(idsOf(back.records), pageBefore(list, limit * k, limit));
  if (difference) problems.push(`${where}: ${difference}`);
  if (back.pageInfo.hasNextPage !== true) problems.push(`${where}: hasNextPage is ${back.pageInfo.hasNextPage}, expected true (a cursor was sent)`);
  if (back.pageInfo.hasPreviousPage !== k > 1) problems.push(`${where}: hasPreviousPage is ${back.pageInfo.hasPreviousPage}, expected ${k > 1}`);
  return problems;
}
