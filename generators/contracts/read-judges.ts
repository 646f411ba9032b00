// The judges of the read answers (RESP-001 … RESP-006, contract §1.2, §1.3, §5.5):
// each takes what the server answered to one read (status, parsed JSON) and what
// was asked, and returns null when the answer complies, else what was received
// and what the contract expects. Error bodies go through the one error-body judge.
import { errorBodyProblems, errorMessageOf } from '../errors/error-body.ts';
import { projectionViolations } from './projection.ts';
import type { ResponseValidator } from './response-validator.ts';
import type { Finding } from '../checks/finding.ts';
export type { Finding };


/** One answer as a judge sees it: `json` is undefined when the body is not JSON. */
export interface ReadAnswer {
  status: number;
  json: unknown;
  /** The raw body, quoted in findings. */
  body: string;
}

type Json = Record<string, unknown>;

const objectOf = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/** `data.<key>` of a body, or undefined. */
export function dataOf(json: unknown, key: string): unknown {
  return objectOf(objectOf(json)?.['data'])?.[key];
}

/** The status the request must get; `what` names the request. */
export function judgeStatus(answer: ReadAnswer, status: number, what: string): Finding | null {
  return answer.status === status ? null : { received: `HTTP ${answer.status}`, expected: `HTTP ${status} for ${what}` };
}

/**
 * RESP-001: a list answers 200 {data:{<plural>:[…]}, totalCount (integer),
 * pageInfo with startCursor, endCursor, hasNextPage and hasPreviousPage (era D)}.
 */
export function judgeListEnvelope(answer: ReadAnswer, listKey: string, what: string): Finding | null {
  const status = judgeStatus(answer, 200, what);
  if (status) return status;
  const body = objectOf(answer.json);
  const data = objectOf(body?.['data']);
  if (!data || !Array.isArray(data[listKey])) {
    return { received: `data keys ${JSON.stringify(Object.keys(data ?? {}))}`, expected: `data.${listKey} as an array` };
  }
  const totalCount = body?.['totalCount'];
  if (typeof totalCount !== 'number' || !Number.isInteger(totalCount)) {
    return { received: `totalCount ${JSON.stringify(totalCount)}`, expected: 'totalCount as an integer' };
  }
  const pageInfo = objectOf(body?.['pageInfo']);
  for (const key of ['startCursor', 'endCursor', 'hasNextPage', 'hasPreviousPage']) {
    if (!pageInfo || !(key in pageInfo)) {
      return { received: `pageInfo ${JSON.stringify(body?.['pageInfo'])}`, expected: `pageInfo.${key} present (era D: all four keys)` };
    }
  }
  return null;
}

/** RESP-002: a get-one answers 200 {data:{<singular>:{id: <the id asked>, …}}}. */
export function judgeRecordEnvelope(answer: ReadAnswer, oneKey: string, id: string, what: string): Finding | null {
  const status = judgeStatus(answer, 200, what);
  if (status) return status;
  const record = objectOf(dataOf(answer.json, oneKey));
  if (record && record['id'] === id) return null;
  return { received: `data keys ${JSON.stringify(Object.keys(objectOf(objectOf(answer.json)?.['data']) ?? {}))}`, expected: `data.${oneKey}.id = ${id}` };
}

/**
 * RESP-003: a read answers 200 with a body valid against the schema the document
 * gives for the operation and status (the contract's envelope tightening it).
 */
export function judgeDocumentedBody(answer: ReadAnswer, request: { method: string; pathTemplate: string }, responses: ResponseValidator): Finding | null {
  const what = `${request.method} ${request.pathTemplate}`;
  const status = judgeStatus(answer, 200, what);
  if (status) return status;
  const verdict = responses.validateResponse({ method: request.method.toLowerCase(), pathTemplate: request.pathTemplate, status: answer.status, body: answer.json });
  if (verdict.ok) return null;
  const first = verdict.errors[0];
  return {
    received: `${verdict.errors.length} violation(s); first: ${first?.summary ?? first?.message ?? 'invalid'}`,
    expected: `a body valid against the document's schema for ${what} ${answer.status}`,
  };
}

/**
 * RESP-004: an id that does not exist answers 404 with the error body. Twenty's
 * document lists only 400/401, so the contract's own error body is the reference.
 */
export function judgeNotFound(answer: ReadAnswer, what: string): Finding | null {
  const status = judgeStatus(answer, 404, what);
  if (status) return status;
  const problems = errorBodyProblems(answer.json, 404);
  if (problems.length === 0) return null;
  return { received: `${answer.body.slice(0, 200)} (${problems.join('; ')})`, expected: 'the error body {"statusCode":404,"error":…,"messages":["Record not found"]}' };
}

/**
 * RESP-005: `fields=<asked>` answers 200 with records holding only `id` and the
 * asked fields. An empty list complies (there is nothing to judge: the caller
 * decides whether that leaves the check without a subject).
 */
export function judgeProjection(answer: ReadAnswer, listKey: string, asked: readonly string[], what: string): Finding | null {
  const status = judgeStatus(answer, 200, what);
  if (status) return status;
  const records = dataOf(answer.json, listKey);
  if (!Array.isArray(records)) return { received: answer.body.slice(0, 200), expected: `data.${listKey} as an array` };
  for (const record of records) {
    const problems = projectionViolations(record, asked);
    if (problems.length > 0) {
      return { received: `a record with ${problems.join('; ')}`, expected: `records holding only id, ${asked.join(', ')} (fields=${asked.join(',')})` };
    }
  }
  return null;
}

/** RESP-006: an unknown name in `fields` answers 400 with the error body, its message naming the name. */
export function judgeUnknownFieldRefusal(answer: ReadAnswer, unknown: string, what: string): Finding | null {
  const status = judgeStatus(answer, 400, what);
  if (status) return status;
  const problems = errorBodyProblems(answer.json, 400);
  if (problems.length > 0) return { received: problems.join('; '), expected: 'the error body {statusCode, error, messages[]}' };
  const message = errorMessageOf(answer.json);
  if (message !== undefined && message.includes(unknown)) return null;
  return { received: `message ${JSON.stringify(message ?? null).slice(0, 200)}`, expected: `a message naming the unknown field ${unknown}` };
}
