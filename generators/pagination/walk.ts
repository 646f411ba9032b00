// Bounded page walks over a list endpoint and the invariants a complete walk must
// satisfy (contract §5.2–§5.4, era D). Fetching is injected, so the same code walks
// a live deployment, the embedded reference or an in-memory fake.
import { isDeepStrictEqual } from 'node:util';
import { decodeCursor } from './cursor.ts';

export interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface Page<R extends Record<string, unknown> = Record<string, unknown>> {
  records: R[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** Query parameters of one page request (the caller adds filter/order_by itself). */
export interface PageParams {
  limit: number;
  starting_after?: string;
  ending_before?: string;
}

export type FetchPage<R extends Record<string, unknown> = Record<string, unknown>> = (
  params: PageParams,
) => Promise<Page<R>>;

export interface Walk<R extends Record<string, unknown> = Record<string, unknown>> {
  direction: 'forward' | 'backward';
  /** In fetch order. */
  pages: Page<R>[];
  /** True when the walk stopped before the server said there was nothing more. */
  truncated: boolean;
  /** A backward walk's first `ending_before`. */
  before?: string;
}

/**
 * Forward walk: the first page, then `starting_after=<endCursor>` while
 * `hasNextPage`. Stops after `maxPages` pages (truncated) rather than loop on a
 * server that always claims more; a page that claims more but has no endCursor
 * cannot be followed and also ends the walk as truncated.
 */
export async function walkForward<R extends Record<string, unknown>>(opts: {
  limit: number;
  maxPages: number;
  fetchPage: FetchPage<R>;
}): Promise<Walk<R>> {
  const pages: Page<R>[] = [await opts.fetchPage({ limit: opts.limit })];
  for (;;) {
    const { hasNextPage, endCursor } = lastOf(pages).pageInfo;
    if (!hasNextPage) return { direction: 'forward', pages, truncated: false };
    if (endCursor === null || pages.length >= opts.maxPages) return { direction: 'forward', pages, truncated: true };
    pages.push(await opts.fetchPage({ limit: opts.limit, starting_after: endCursor }));
  }
}

/**
 * Backward walk: `ending_before=<before>`, then `ending_before=<startCursor>`
 * while `hasPreviousPage`. It collects the records strictly before `before`; to
 * walk a whole list backwards pass the endCursor of its last forward page (the
 * last record is then not part of the walk) or `''`, which Twenty answers with
 * the last page (§12.4).
 */
export async function walkBackward<R extends Record<string, unknown>>(opts: {
  limit: number;
  maxPages: number;
  before: string;
  fetchPage: FetchPage<R>;
}): Promise<Walk<R>> {
  const pages: Page<R>[] = [await opts.fetchPage({ limit: opts.limit, ending_before: opts.before })];
  for (;;) {
    const { hasPreviousPage, startCursor } = lastOf(pages).pageInfo;
    const walk = { direction: 'backward' as const, pages, before: opts.before };
    if (!hasPreviousPage) return { ...walk, truncated: false };
    if (startCursor === null || pages.length >= opts.maxPages) return { ...walk, truncated: true };
    pages.push(await opts.fetchPage({ limit: opts.limit, ending_before: startCursor }));
  }
}

function lastOf<T>(items: readonly T[]): T {
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('walk: no page');
  return last;
}

/** The pages in list order: a backward walk fetched them last page first. */
export function pagesInListOrder<R extends Record<string, unknown>>(walk: Walk<R>): Page<R>[] {
  return walk.direction === 'forward' ? [...walk.pages] : [...walk.pages].reverse();
}

/** Every record of the walk, in list order. */
export function walkRecords<R extends Record<string, unknown>>(walk: Walk<R>): R[] {
  return pagesInListOrder(walk).flatMap((page) => page.records);
}

export interface InvariantOptions {
  /** The totalCount every page must report; defaults to expectedIds.length. */
  expectedTotal?: number;
  /** When given, every page but the walk's final one must hold exactly this many records. */
  limit?: number;
  /** When given, cursors must also carry the record's value for each top-level order-by key. */
  orderBy?: readonly { path: readonly string[] }[];
  /** How a cursor reads: base64 JSON by default; the metadata API's cursors are the raw id (rawIdCursor). */
  decode?: (cursor: string) => unknown;
}

/** The metadata API's cursors (contract §1.5): the item's id itself. */
export const rawIdCursor = (cursor: string): unknown => ({ id: cursor });

/**
 * Checks a finished walk against the ids the oracle expects, in order. Returns
 * one sentence per violation (empty when the walk is sound): duplicates, missing
 * or unexpected records, order, page sizes, cursors that are not the first/last
 * record's, unstable totalCount, and hasNextPage/hasPreviousPage flags.
 */
export function pageInvariants(walk: Walk, expectedIds: readonly string[], options: InvariantOptions = {}): string[] {
  const violations: string[] = [];
  const pages = pagesInListOrder(walk);
  const ids = pages.flatMap((page) => page.records.map((record) => String(record['id'])));

  const seen = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const record of page.records) {
      const id = String(record['id']);
      const first = seen.get(id);
      if (first !== undefined) violations.push(`record ${id} appears twice (pages ${first + 1} and ${index + 1})`);
      else seen.set(id, index);
    }
  });
  const expected = new Set(expectedIds);
  if (walk.truncated) violations.push(`the walk stopped after ${walk.pages.length} pages without reaching the end`);
  else {
    for (const id of expectedIds) if (!seen.has(id)) violations.push(`record ${id} is missing from the walk`);
  }
  for (const id of seen.keys()) if (!expected.has(id)) violations.push(`record ${id} was not expected`);

  const common = ids.filter((id) => expected.has(id));
  const expectedOrder = expectedIds.filter((id) => seen.has(id));
  const wrongAt = common.findIndex((id, i) => id !== expectedOrder[i]);
  if (wrongAt >= 0) {
    violations.push(`order: position ${wrongAt + 1} holds ${common[wrongAt]}, expected ${expectedOrder[wrongAt]}`);
  }

  const expectedTotal = options.expectedTotal ?? expectedIds.length;
  walk.pages.forEach((page, index) => {
    const label = `page ${index + 1} (fetch order)`;
    if (page.totalCount !== expectedTotal) violations.push(`${label}: totalCount ${page.totalCount}, expected ${expectedTotal}`);
    const isFinal = index === walk.pages.length - 1;
    if (options.limit !== undefined && !isFinal && page.records.length !== options.limit) {
      violations.push(`${label}: ${page.records.length} records, expected a full page of ${options.limit}`);
    }
    violations.push(...cursorViolations(page, label, options.orderBy, options.decode ?? decodeCursor));
    violations.push(...flagViolations(walk, index, label));
  });
  return violations;
}

function cursorViolations(page: Page, label: string, orderBy: InvariantOptions['orderBy'], decode: (cursor: string) => unknown): string[] {
  const { startCursor, endCursor } = page.pageInfo;
  const first = page.records[0];
  const last = page.records[page.records.length - 1];
  if (!first || !last) {
    return startCursor === null && endCursor === null ? [] : [`${label}: an empty page must have null cursors`];
  }
  return [
    ...cursorMatches(startCursor, first, orderBy, `${label}: startCursor`, decode),
    ...cursorMatches(endCursor, last, orderBy, `${label}: endCursor`, decode),
  ];
}

function cursorMatches(
  cursor: string | null,
  record: Record<string, unknown>,
  orderBy: InvariantOptions['orderBy'],
  label: string,
  decode: (cursor: string) => unknown,
): string[] {
  if (cursor === null) return [`${label} is null on a non-empty page`];
  let decoded: unknown;
  try {
    decoded = decode(cursor);
  } catch {
    return [`${label} does not decode`];
  }
  if (decoded === null || typeof decoded !== 'object') return [`${label} does not hold an object`];
  const values = decoded as Record<string, unknown>;
  const problems: string[] = [];
  if (values['id'] !== record['id']) problems.push(`${label} holds id ${String(values['id'])}, not ${String(record['id'])}`);
  for (const item of orderBy ?? []) {
    const key = item.path[0];
    if (key === undefined || key === 'id' || !Object.hasOwn(record, key)) continue;
    if (!Object.hasOwn(values, key)) problems.push(`${label} lacks the order-by key ${key}`);
    else if (!isDeepStrictEqual(values[key], record[key])) problems.push(`${label} holds another ${key} than its record`);
  }
  return problems;
}

/**
 * Era D page flags: on a forward page hasPreviousPage says a non-empty cursor was
 * sent; on a backward page hasNextPage does (§5.3). The "more" flag of a page must
 * not promise a next page that comes back empty.
 */
function flagViolations(walk: Walk, index: number, label: string): string[] {
  const { pageInfo } = walk.pages[index]!;
  const next = walk.pages[index + 1];
  const forward = walk.direction === 'forward';
  const [moreName, more] = forward ? ['hasNextPage', pageInfo.hasNextPage] : ['hasPreviousPage', pageInfo.hasPreviousPage];
  const [sentName, sent] = forward ? ['hasPreviousPage', pageInfo.hasPreviousPage] : ['hasNextPage', pageInfo.hasNextPage];
  const cursorSent = index > 0 || (!forward && walk.before !== '');
  const problems: string[] = [];
  if (more && next && next.records.length === 0) problems.push(`${label}: ${moreName} is true but the next page is empty`);
  if (sent !== cursorSent) problems.push(`${label}: ${sentName} is ${sent}, expected ${cursorSent}`);
  return problems;
}

// ---------------------------------------------------------------- the checks' judges
// The truth a walk is held to is the ids of the server's own single-page answer
// to the same filter and order; each judge returns one sentence per violation.

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
