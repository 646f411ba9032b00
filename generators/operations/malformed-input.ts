// ROB-011: malformed core-operation inputs (group_by, aggregate, duplicates and
// merge bodies, bulk writes without a filter) are answered with a 4xx in Twenty's
// error body (contract §6.1), never a 5xx or a success. One answer at a time.
import { errorBodyProblems } from '../errors/error-body.ts';
import { brief, type Answer, type Finding } from './finding.ts';

export function judgeMalformedInput(what: string, answer: Answer): Finding | null {
  const clientError = answer.status >= 400 && answer.status < 500;
  if (clientError && errorBodyProblems(answer.json, answer.status).length === 0) return null;
  return { received: `${what}: ${brief(answer)}`, expected: '4xx with {statusCode, error, messages:[…]}, never a 5xx or a success' };
}
