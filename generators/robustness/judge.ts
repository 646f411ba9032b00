// Pure verdicts on one answer to a hostile request. Each returns null when the
// answer is conformant, else what was received and what the contract expects.
// judgeRejectionStatus is the rule of ROB-001…ROB-006, judgeErrorBody of ROB-007
// (entries in generators/checks/areas/robustness.ts).
import { errorBodyProblems } from '../errors/error-body.ts';
import type { Finding } from '../checks/finding.ts';
export type { Finding };


export interface Answer {
  status: number;
  body: string;
  json?: unknown;
  /** The raw answer held a registered secret (the client redacted it, so this flag is the evidence). */
  echoedSecret?: boolean;
}

export function excerpt(body: string): string {
  return body.length > 160 ? `${body.slice(0, 157)}...` : body;
}

/** Answers that say nothing about input handling: the request was throttled or not authenticated. */
export function unjudgeable(answer: Answer): string | null {
  if (answer.status === 429) return 'rate limited (429) before the input was read';
  if (answer.status === 401 || answer.status === 403) return `credentials refused (${answer.status}): the input was never read`;
  return null;
}

/** The status of a rejection: exactly 400 when the contract pins it, any 4xx otherwise; never 2xx/3xx/5xx. */
export function judgeRejectionStatus(answer: Answer, expect: 'bad-request' | 'client-error'): Finding | null {
  const ok = expect === 'bad-request' ? answer.status === 400 : answer.status >= 400 && answer.status < 500;
  if (ok) return null;
  const kind = answer.status >= 500 ? 'a server error' : answer.status < 400 ? 'acceptance' : 'another client error';
  return {
    received: `HTTP ${answer.status} (${kind}) ${excerpt(answer.body)}`,
    expected: expect === 'bad-request' ? 'HTTP 400 with the error body' : 'a 4xx client error',
  };
}

/** An error answer carries {statusCode, error, messages[]} with statusCode equal to the HTTP status (§6.1). */
export function judgeErrorBody(answer: Answer): Finding | null {
  if (answer.status < 400) return null;
  if (answer.json === undefined) {
    return { received: `HTTP ${answer.status} with a non-JSON body: ${excerpt(answer.body)}`, expected: 'the JSON error body {statusCode, error, messages[]}' };
  }
  const problems = errorBodyProblems(answer.json, answer.status);
  if (problems.length > 0) {
    return { received: `${problems.join('; ')} in ${excerpt(answer.body)}`, expected: `the error body {statusCode, error, messages[]} with statusCode ${answer.status}, the HTTP status repeated (contract §6.1)` };
  }
  return null;
}

/** No complete answer within the timeout: the server did not answer clearly, a failure of the check that asked. */
export function unansweredFinding(timeoutMs: number, what: string): Finding {
  return { received: `no complete answer within ${timeoutMs} ms`, expected: `a prompt answer to ${what}` };
}
