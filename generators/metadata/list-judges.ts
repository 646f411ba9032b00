// META-004…008, META-010: the metadata lists (contract §1.5): the flat era-D
// envelope with raw-id cursors, forward and backward walks against the single-page
// answer, the document's limit default and maximum, the pinned 400s for bad limits
// and cursors, get-one by a listed id and 404 for an unknown one. The paging laws
// are the pagination area's (page-rules.ts, walk.ts), read with raw-id cursors.
import { cursorIdViolations, forwardPageViolations, idsOf, limitViolations } from '../pagination/page-rules.ts';
import { pageInvariants, rawIdCursor, type Page, type Walk } from '../pagination/walk.ts';
import { judgeErrorBody, judgeRejectionStatus } from '../robustness/judge.ts';
import type { Answer, Finding, Located } from '../operations/finding.ts';
import { asPage, flatEnvelopeProblems, itemOf } from './judges.ts';

export const FLAT_ENVELOPE = 'HTTP 200 with the flat envelope {data: [...], pageInfo: {hasNextPage, hasPreviousPage, startCursor, endCursor}, totalCount}';

/** A list answer that is not the flat envelope; null when it is (asPage then reads it). */
export function listEnvelopeFinding(answer: Answer): Finding | null {
  const problems = answer.status === 200 ? flatEnvelopeProblems(answer.json) : [`HTTP ${answer.status}`];
  return problems.length > 0 ? { received: problems.join('; '), expected: FLAT_ENVELOPE } : null;
}

/** META-004: the first page without parameters: the flat envelope, raw item ids as cursors, era-D flags. */
export function judgeFirstPage(answer: Answer): Finding | null {
  const envelope = listEnvelopeFinding(answer);
  if (envelope) return envelope;
  const page = asPage(answer.json);
  const problems = [...cursorIdViolations(page, rawIdCursor), ...forwardPageViolations(page, { startingAfter: false, remaining: page.totalCount - page.records.length })];
  return problems.length > 0 ? { received: problems.join('; '), expected: 'raw item ids as startCursor/endCursor and era-D flags on the first page' } : null;
}

export interface WalkObservation {
  /** The single-page answer the walk is judged against. */
  truth: Page;
  limit: number;
  /** The walk; none when there was nothing to walk (a backward walk of an empty list). */
  walk?: Walk;
}

/** META-005: walking forward with starting_after gives every item of the single page once, in order. */
export function judgeForwardWalk({ truth, limit, walk }: WalkObservation): Finding | null {
  if (!walk) return null;
  const problems = pageInvariants(walk, idsOf(truth.records), { limit, decode: rawIdCursor, expectedTotal: truth.totalCount });
  if (problems.length === 0) return null;
  return { received: problems.slice(0, 4).join('; '), expected: `the ${truth.records.length} items of the single-page answer, each once and in order, in pages of ${limit}`, hint: `${walk.pages.length} page(s) fetched` };
}

/** META-006: walking backward with ending_before from the last item gives every item before it, in list order. */
export function judgeBackwardWalk({ truth, limit, walk }: WalkObservation): Finding | null {
  if (!walk) return null;
  const problems = pageInvariants(walk, idsOf(truth.records).slice(0, -1), { limit, decode: rawIdCursor, expectedTotal: truth.totalCount });
  if (problems.length === 0) return null;
  return { received: problems.slice(0, 4).join('; '), expected: `the ${truth.records.length - 1} items before the last one, in list order, in pages of ${limit}`, hint: `${walk.pages.length} page(s) fetched backward` };
}

/**
 * A refusal with Twenty's 400 and error body, holding `message` when given; `what`
 * (the probe) becomes the hint.
 */
export function badRequestFinding(answer: Answer, message: string | null, what: string): Finding | null {
  const seen = { status: answer.status, body: answer.responseBody, json: answer.json };
  const finding = judgeRejectionStatus(seen, 'bad-request') ?? judgeErrorBody(seen);
  if (finding) return { ...finding, hint: what };
  const messages = (answer.json as { messages: string[] }).messages;
  if (message !== null && !messages.includes(message)) return { received: `messages ${JSON.stringify(messages)}`, expected: `messages holding ${JSON.stringify(message)}`, hint: what };
  return null;
}

export interface LimitsObservation {
  limits: { default: number; maximum: number };
  /** The page without limit (its envelope already judged), the answer to maximum + 1 and to limit=1.5. */
  unlimited: Page;
  above: Answer;
  fraction: Answer;
}

/** META-007: the document's default page, a page clamped to its maximum, 400 for a non-integer limit. */
export function judgeLimits(seen: LimitsObservation): Located<'unlimited' | 'above' | 'fraction'> | null {
  const { limits } = seen;
  const atDefault = limitViolations(seen.unlimited, { requested: limits.default, maximum: limits.maximum });
  if (atDefault.length > 0) return { at: 'unlimited', received: `without limit: ${atDefault.join('; ')}`, expected: `the document's default page of ${limits.default}` };
  const envelope = listEnvelopeFinding(seen.above);
  if (envelope) return { at: 'above', ...envelope };
  const clamped = limitViolations(asPage(seen.above.json), { requested: limits.maximum + 1, maximum: limits.maximum });
  if (clamped.length > 0) return { at: 'above', received: clamped.join('; '), expected: `a page clamped to the document's maximum ${limits.maximum}` };
  const fraction = badRequestFinding(seen.fraction, "limit '1.5' is invalid. Should be an integer", 'limit=1.5');
  return fraction ? { at: 'fraction', ...fraction } : null;
}

/** META-008: both cursors together, and a cursor that is not a UUID, each refused with its pinned 400. */
export function judgeCursorErrors(seen: { both: Answer; notUuid: Answer }): Located<'both' | 'notUuid'> | null {
  const both = badRequestFinding(seen.both, "'starting_after' and 'ending_before' cannot be used together.", 'starting_after and ending_before together');
  if (both) return { at: 'both', ...both };
  const notUuid = badRequestFinding(seen.notUuid, 'Invalid cursor: not-a-uuid', 'starting_after=not-a-uuid');
  return notUuid ? { at: 'notUuid', ...notUuid } : null;
}

export interface ItemByIdObservation {
  /** A listed item's id, the path asked and the answer (none when the list is empty). */
  listed?: { id: string; path: string; answer: Answer };
  /** The answer for an id that names nothing (not yet asked while the listed item is judged). */
  unknown?: Answer;
}

/** META-010: a listed item by id answers 200 with that item; an unknown id 404 with the error body. */
export function judgeItemById(seen: ItemByIdObservation): Located<'listed' | 'unknown'> | null {
  const { listed, unknown } = seen;
  if (listed && !(listed.answer.status === 200 && itemOf(listed.answer.json)?.['id'] === listed.id)) {
    return { at: 'listed', received: `GET ${listed.path} answered HTTP ${listed.answer.status} ${listed.answer.responseBody.slice(0, 120)}`, expected: 'HTTP 200 with the listed item' };
  }
  if (!unknown) return null;
  if (unknown.status !== 404) return { at: 'unknown', received: `HTTP ${unknown.status} ${unknown.responseBody.slice(0, 120)}`, expected: 'HTTP 404 for an id that names nothing' };
  const body = judgeErrorBody({ status: unknown.status, body: unknown.responseBody, json: unknown.json });
  return body ? { at: 'unknown', ...body } : null;
}
