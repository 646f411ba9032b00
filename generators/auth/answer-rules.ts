// Judgments about one answer to a credential probe. Each returns null when the
// answer is right, else one sentence saying what is wrong (the "Received" of a
// finding). Pure: they see only status, parsed body and raw (redacted) text.
import type { TwentyAuthError } from './credential-probes.ts';

export interface Answer {
  status: number;
  /** Parsed JSON body, undefined when the body is not JSON. */
  json: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Record data travels under `data` in every success envelope (contract §1.2); error bodies have none. */
export function carriesRecordData(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0;
  return isObject(json) && json.data !== undefined && json.data !== null;
}

/**
 * DESIGN §6: "Rejection of credentials means 401 or 403 with no record data in
 * the body". Which of the two is a SHOULD (twentyErrorProblem).
 */
export function rejectionProblem(answer: Answer): string | null {
  if (answer.status !== 401 && answer.status !== 403) {
    return `HTTP ${answer.status}${carriesRecordData(answer.json) ? ' with record data' : ''}: the credential was not rejected`;
  }
  if (carriesRecordData(answer.json)) return `HTTP ${answer.status} but the body carries record data under "data"`;
  return null;
}

/** Twenty's exact auth answer: status, and the body {statusCode, error, messages:[message]} (contract §2.2). */
export function twentyErrorProblem(answer: Answer, expected: TwentyAuthError): string | null {
  const problems: string[] = [];
  if (answer.status !== expected.status) problems.push(`HTTP ${answer.status}`);
  const body = answer.json;
  if (!isObject(body)) return [...problems, 'a body that is not a JSON object'].join(', ');
  if (body.statusCode !== expected.status) problems.push(`statusCode ${JSON.stringify(body.statusCode)}`);
  if (body.error !== expected.error) problems.push(`error ${JSON.stringify(body.error)}`);
  const messages = body.messages;
  if (!Array.isArray(messages) || messages[0] !== expected.message) problems.push(`messages ${JSON.stringify(messages)}`);
  return problems.length === 0 ? null : problems.join(', ');
}

/** The part of an error answer that says why: status plus `error` and `messages` when the body has them. */
function rejectionShape(answer: Answer): { status: number; error?: unknown; messages?: unknown } {
  const body = isObject(answer.json) ? answer.json : {};
  return { status: answer.status, error: body.error, messages: body.messages };
}

/**
 * "A token in a query string must be rejected exactly as if absent" (DESIGN §6):
 * same status, same `error` and `messages` as the request without any credential.
 */
export function sameRejectionProblem(answer: Answer, absent: Answer): string | null {
  const mine = rejectionShape(answer);
  const theirs = rejectionShape(absent);
  const differences: string[] = [];
  if (mine.status !== theirs.status) differences.push(`HTTP ${mine.status} instead of ${theirs.status}`);
  if (JSON.stringify(mine.error) !== JSON.stringify(theirs.error)) {
    differences.push(`error ${JSON.stringify(mine.error)} instead of ${JSON.stringify(theirs.error)}`);
  }
  if (JSON.stringify(mine.messages) !== JSON.stringify(theirs.messages)) {
    differences.push(`messages ${JSON.stringify(mine.messages)} instead of ${JSON.stringify(theirs.messages)}`);
  }
  return differences.length === 0 ? null : differences.join(', ');
}

export type Route =
  | { kind: 'list'; listKey: string }
  | { kind: 'one'; oneKey: string; id: string }
  /** POST of an empty batch: nothing to create, so only "past authentication" is asked of it. */
  | { kind: 'empty-batch' };

/**
 * The baseline: the valid key is accepted. A list answers 200 with data.<plural>[].
 * A get-one answers 200 with the record asked for, or 404: authentication passed
 * and the record did not exist (a made-up id, or one deleted meanwhile by another
 * client). An empty batch create only has to get past authentication.
 */
export function acceptedProblem(answer: Answer, route: Route): string | null {
  if (route.kind === 'empty-batch') {
    // Twenty answers 400 (`Input must not be empty`) after authentication; any answer but 401/403 shows the key passed.
    return answer.status === 401 || answer.status === 403 ? `HTTP ${answer.status}: the valid key was refused (or may not write)` : null;
  }
  if (route.kind === 'one' && answer.status === 404) return null;
  if (answer.status !== 200) return `HTTP ${answer.status}`;
  const data = isObject(answer.json) && isObject(answer.json.data) ? answer.json.data : undefined;
  if (!data) return 'HTTP 200 without a data object';
  if (route.kind === 'list') {
    return Array.isArray(data[route.listKey]) ? null : `HTTP 200 without data.${route.listKey}[]`;
  }
  const record = data[route.oneKey];
  return isObject(record) && record.id === route.id ? null : `HTTP 200 without data.${route.oneKey}.id = ${route.id}`;
}
