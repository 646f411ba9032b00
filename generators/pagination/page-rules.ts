// Single-page rules of era-D pagination (contract §5.1–§5.4, §12.4, §12.9) as pure
// functions of what was asked and what came back. Each returns sentences naming
// the violations (empty when the page is sound), like pageInvariants does for walks.
import { decodeCursor } from './cursor.ts';
import type { Page } from './walk.ts';

/** DESIGN §6: a walk may take at most totalCount/limit + 2 pages. */
export function walkPageBound(totalCount: number, limit: number): number {
  return Math.ceil(Math.max(0, totalCount) / Math.max(1, limit)) + 2;
}

/** Where two id sequences first differ, in words; undefined when they are equal. */
export function sequenceDifference(actual: readonly string[], expected: readonly string[]): string | undefined {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (actual[i] === expected[i]) continue;
    const got = actual[i] === undefined ? 'nothing' : actual[i];
    const want = expected[i] === undefined ? 'nothing' : expected[i];
    return `position ${i + 1} holds ${got}, expected ${want} (${actual.length} records, expected ${expected.length})`;
  }
  return undefined;
}

export function idsOf(records: readonly Record<string, unknown>[]): string[] {
  return records.map((record) => String(record['id']));
}

/**
 * A forward page (no `ending_before`): hasPreviousPage says whether a non-empty
 * `starting_after` was sent, hasNextPage whether records remain after the page
 * (`remaining` = how many the complete list holds after the page, when known),
 * and both cursors are null on an empty page.
 */
export function forwardPageViolations(page: Page, asked: { startingAfter: boolean; remaining?: number }): string[] {
  const problems: string[] = [];
  const { pageInfo } = page;
  if (pageInfo.hasPreviousPage !== asked.startingAfter) {
    problems.push(`hasPreviousPage is ${pageInfo.hasPreviousPage}, expected ${asked.startingAfter} (${asked.startingAfter ? 'a' : 'no'} starting_after cursor was sent)`);
  }
  if (asked.remaining !== undefined && pageInfo.hasNextPage !== asked.remaining > 0) {
    problems.push(`hasNextPage is ${pageInfo.hasNextPage}, expected ${asked.remaining > 0} (${asked.remaining} records follow the page)`);
  }
  if (page.records.length === 0 && (pageInfo.startCursor !== null || pageInfo.endCursor !== null)) {
    problems.push(`an empty page has startCursor ${JSON.stringify(pageInfo.startCursor)} and endCursor ${JSON.stringify(pageInfo.endCursor)}, expected null`);
  }
  return problems;
}

/**
 * `limit` (§5.1): a request for `requested` records on a list of `totalCount`
 * gets min(totalCount, requested, maximum) records — a limit above the maximum is
 * clamped, not refused and not honoured.
 */
export function limitViolations(page: Page, asked: { requested: number; maximum: number | null }): string[] {
  const cap = asked.maximum === null ? asked.requested : Math.min(asked.requested, asked.maximum);
  const expected = Math.min(page.totalCount, cap);
  if (page.records.length === expected) return [];
  const why = asked.maximum !== null && asked.requested > asked.maximum ? `limit ${asked.requested} clamped to the maximum ${asked.maximum}` : `limit ${asked.requested}`;
  return [`${page.records.length} records for ${why} with totalCount ${page.totalCount}, expected ${expected}`];
}

/**
 * The page a backward request `ending_before=<startCursor of page k>` must give
 * when pages are `limit` long: the `limit` records just before page k, in list order.
 */
export function pageBefore<R>(list: readonly R[], firstIndexOfPageK: number, limit: number): R[] {
  return list.slice(Math.max(0, firstIndexOfPageK - limit), firstIndexOfPageK);
}

/**
 * startCursor/endCursor must be the first/last record's cursors, which carry the
 * record's id (§5.2); both null on an empty page. Other order-by values in the
 * cursor are not compared: their encoding (nesting, number vs string) varies.
 */
export function cursorIdViolations(page: Page, decode: (cursor: string) => unknown): string[] {
  const { startCursor, endCursor } = page.pageInfo;
  const first = page.records[0];
  const last = page.records[page.records.length - 1];
  if (!first || !last) {
    return startCursor === null && endCursor === null ? [] : [`an empty page has startCursor ${JSON.stringify(startCursor)} and endCursor ${JSON.stringify(endCursor)}, expected null`];
  }
  const idIn = (cursor: string | null): unknown => {
    if (cursor === null) return undefined;
    try {
      const value = decode(cursor);
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['id'] : undefined;
    } catch {
      return undefined;
    }
  };
  const problems: string[] = [];
  if (idIn(startCursor) !== first['id']) problems.push(`startCursor ${JSON.stringify(startCursor)} is not the cursor of the first record ${String(first['id'])}`);
  if (idIn(endCursor) !== last['id']) problems.push(`endCursor ${JSON.stringify(endCursor)} is not the cursor of the last record ${String(last['id'])}`);
  return problems;
}

// ---------------------------------------------------------------- the checks' judges
// Each takes a page the server answered (and what was asked) and returns one
// sentence per violation; the spec only sends the requests.

/**
 * PAG-004: a forward page carries era-D pageInfo (forwardPageViolations), cursors
 * of its first and last records (cursorIdViolations) and, when `ids` is given,
 * exactly those records in that order.
 */
export function judgeForwardPage(page: Page, asked: { startingAfter: boolean; remaining?: number; ids?: readonly string[] }): string[] {
  const problems = [...forwardPageViolations(page, asked), ...cursorIdViolations(page, decodeCursor)];
  const difference = asked.ids ? sequenceDifference(idsOf(page.records), asked.ids) : undefined;
  if (difference) problems.unshift(`records: ${difference}`);
  return problems;
}

/** PAG-005: totalCount counts the records the filter matches, whatever the cursor and limit. */
export function judgeTotalCount(page: Page, expected: number, what: string): string[] {
  return page.totalCount === expected ? [] : [`totalCount ${page.totalCount} for ${what}`];
}

/**
 * PAG-006: a limit above the maximum is answered 200 (`page` is the page read from
 * that answer) with at most `maximum` records: clamped, neither refused nor honoured.
 */
export function judgeClampedLimit(answer: { status: number; body: string }, page: Page | undefined, maximum: number): string[] {
  if (answer.status !== 200 || page === undefined) return [`HTTP ${answer.status} ${answer.body.slice(0, 200)}`];
  return limitViolations(page, { requested: maximum + 1, maximum });
}

/** PAG-007: without `limit` (or with `limit=`) a page holds min(totalCount, the default) records. */
export function judgeDefaultLimit(page: Page, defaultLimit: number, maximum: number | null): string[] {
  return limitViolations(page, { requested: defaultLimit, maximum });
}

/**
 * PAG-010: `ending_before=` (empty) answers the last `limit` records of `list` (the
 * whole filtered list, in order), hasNextPage false and hasPreviousPage = more
 * records exist before them.
 */
export function judgeLastPage(page: Page, list: readonly string[], limit: number): string[] {
  const problems: string[] = [];
  const difference = sequenceDifference(idsOf(page.records), list.slice(-limit));
  if (difference) problems.push(`records: ${difference}`);
  if (page.pageInfo.hasNextPage !== false) problems.push(`hasNextPage is ${page.pageInfo.hasNextPage}, expected false`);
  if (page.pageInfo.hasPreviousPage !== list.length > limit) problems.push(`hasPreviousPage is ${page.pageInfo.hasPreviousPage}, expected ${list.length > limit}`);
  return problems;
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
