// The AUTH judges: what is wrong with the answers to the credential probes.
// The `*Problem` functions judge one answer and return one sentence (the
// "Received" of a finding) or null; the `judge*` functions are the checks' rules
// (named by the entries in generators/checks/areas/auth.ts) and return the whole
// finding, or null when the server complies. Pure: they see only status, parsed
// body and raw (redacted) text; Twenty's error body is read through
// generators/errors/error-body.ts.
import { errorBodyMembers } from '../errors/error-body.ts';
import type { Finding } from '../robustness/judge.ts';
import { PROBES, TWENTY_AUTH_ERRORS, type ProbeName, type TwentyAuthError } from './credential-probes.ts';

export interface Answer {
  status: number;
  /** Parsed JSON body, undefined when the body is not JSON. */
  json: unknown;
  /** The raw (redacted) body, quoted in findings when present. */
  responseBody?: string;
}

/** What a check reports (received, expected, an optional hint): the one finding shape the judges share. */
export type { Finding } from '../robustness/judge.ts';

/** One probe's answer, for the judges that look at several; `E` carries the caller's evidence through to `shownBy`. */
export interface ProbeAnswer<E extends Answer = Answer> {
  probe: ProbeName;
  answer: E;
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
  const body = errorBodyMembers(answer.json);
  if (!body) return [...problems, 'a body that is not a JSON object'].join(', ');
  if (body.statusCode !== expected.status) problems.push(`statusCode ${JSON.stringify(body.statusCode)}`);
  if (body.error !== expected.error) problems.push(`error ${JSON.stringify(body.error)}`);
  const messages = body.messages;
  if (!Array.isArray(messages) || messages[0] !== expected.message) problems.push(`messages ${JSON.stringify(messages)}`);
  return problems.length === 0 ? null : problems.join(', ');
}

/** The part of an error answer that says why: status plus `error` and `messages` when the body has them. */
function rejectionShape(answer: Answer): { status: number; error?: unknown; messages?: unknown } {
  const body = errorBodyMembers(answer.json);
  return { status: answer.status, error: body?.error, messages: body?.messages };
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

/** What acceptance looks like on a route, for the "Expected" of a finding. */
function expectedAcceptance(route: Route): string {
  switch (route.kind) {
    case 'list':
      return `200 with data.${route.listKey}[]`;
    case 'one':
      return `200 with data.${route.oneKey}, or 404`;
    case 'empty-batch':
      return 'any answer but 401/403 (Twenty: 400 "Input must not be empty")';
  }
}

// ---------------------------------------------------------------- the checks' rules

/** AUTH-001: the valid key in `Authorization: Bearer` gets the route's normal answer. */
export function judgeValidKeyAccepted(answer: Answer, route: Route): Finding | null {
  const problem = acceptedProblem(answer, route);
  if (problem === null) return null;
  return { received: problem, expected: expectedAcceptance(route), hint: 'Check that TWENTY_API_KEY is a valid, unrevoked key of this workspace.' };
}

/** AUTH-002: the key under a case variant of the scheme word gets the answer of the valid request. */
export function judgeSchemeCaseAccepted(answer: Answer, route: Route, probe: ProbeName): Finding | null {
  const problem = acceptedProblem(answer, route);
  if (problem === null) return null;
  return { received: problem, expected: `the answer of the valid request for ${PROBES[probe].description}` };
}

/**
 * AUTH-003, AUTH-005…AUTH-009 (and the first half of AUTH-004): the probe's
 * credential is rejected, judged only after the same request with the valid key
 * was accepted (judgeValidKeyAccepted).
 */
export function judgeRejected(answer: Answer, probe: ProbeName): Finding | null {
  const problem = rejectionProblem(answer);
  if (problem === null) return null;
  return {
    received: problem,
    expected: `401 or 403 without record data for ${PROBES[probe].description}`,
    hint: 'The same request with the valid key passed authentication; only the credential changed.',
  };
}

/**
 * AUTH-004: a token in `?token=` is rejected, and exactly as the same request
 * without any credential (`absent`). An absent credential that was not itself
 * rejected leaves nothing to compare with (AUTH-003 reports it).
 */
export function judgeRejectedAsIfAbsent(answer: Answer, absent: Answer): Finding | null {
  const rejected = judgeRejected(answer, 'query-token');
  if (rejected) return rejected;
  if (rejectionProblem(absent) !== null) return null;
  const problem = sameRejectionProblem(answer, absent);
  if (problem === null) return null;
  return {
    received: problem,
    expected: `the answer to the same request without any credential: HTTP ${absent.status} ${(absent.responseBody ?? '').slice(0, 160)}`,
    hint: 'A different answer means the server read the query-string token.',
  };
}

/**
 * AUTH-012: every rejected probe answered Twenty's status and error body for its
 * failure (missing token, invalid, expired). Probes Twenty accepts are not judged
 * here; `shownBy` is the first answer that differs.
 */
export function judgeTwentyAuthErrors<E extends Answer>(seen: readonly ProbeAnswer<E>[]): (Finding & { shownBy: E }) | null {
  const mismatches: string[] = [];
  let shownBy: E | undefined;
  for (const { probe, answer } of seen) {
    const expected = PROBES[probe].twenty;
    if (expected === 'accepted') continue;
    const problem = twentyErrorProblem(answer, TWENTY_AUTH_ERRORS[expected]);
    if (problem) {
      mismatches.push(`${probe}: ${problem}`);
      shownBy ??= answer;
    }
  }
  if (shownBy === undefined) return null;
  return {
    received: mismatches.join('; '),
    expected:
      'missing token → 403 FORBIDDEN_EXCEPTION "Missing authentication token"; invalid → 401 UNAUTHENTICATED "Token invalid."; expired → 401 UNAUTHENTICATED "Token has expired."',
    shownBy,
  };
}
