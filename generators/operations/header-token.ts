// AUTH-013: the core operation routes (groupBy, duplicates, merge, update, delete
// and restore many, an upsert batch) take the key only from `Authorization:
// Bearer` (contract §2.1, §9 url-token-auth-rejection): without the header, or
// with the token in the query string, they answer 401/403 with no record data.
// The rejection rule is the auth area's (generators/auth/answer-rules.ts).
import { rejectionProblem } from '../auth/answer-rules.ts';
import type { Answer, Finding } from './finding.ts';

export interface HeaderTokenProbe {
  /** `PATCH /people/merge`. */
  route: string;
  /** No credential, or the token in `?token=` and no header. */
  auth: 'none' | 'query';
  answer: Answer;
}

export function judgeHeaderOnlyRoute(probe: HeaderTokenProbe): Finding | null {
  const problem = rejectionProblem({ status: probe.answer.status, json: probe.answer.json });
  if (!problem) return null;
  const how = probe.auth === 'none' ? 'without a token' : 'with the token in the query string';
  return { received: `${probe.route} ${how}: ${problem}`, expected: '401 or 403 with no record data' };
}
