// What an operations judge sees and says. A judge is handed answers as plain data
// (status, parsed JSON, raw body text: an Exchange fits) and returns a Finding,
// or null when the server complies. `at` names which of the observed answers shows
// the finding, so the spec can attach that exchange as the reproducer.
import { errorBodyProblems } from '../errors/error-body.ts';
import { dataOf, type Answer, type RecordJson } from '../writes/write-answer.ts';
import type { Finding } from '../checks/finding.ts';

export type { Answer, RecordJson } from '../writes/write-answer.ts';
export { brief, dataOf } from '../writes/write-answer.ts';

export type { Finding };

export type Located<At> = Finding & { at: At };

export const idOf = (record: RecordJson) => String(record['id']);

/** The ids of the records listed at `data[key]`; none when it is not an array. */
export function idsAt(json: unknown, key: string): string[] {
  const records = dataOf(json, key);
  return Array.isArray(records) ? (records as RecordJson[]).map(idOf) : [];
}

/**
 * What keeps an answer from being Twenty's refusal with this status: the status,
 * then the §6.1 body (generators/errors/error-body.ts), then a message holding
 * `messagePart`. Null when it is that refusal.
 */
export function refusalProblem(answer: Answer, status: number, messagePart?: string): string | null {
  if (answer.status !== status) return `HTTP ${answer.status}, expected ${status}`;
  const problems = errorBodyProblems(answer.json, status);
  if (problems.length > 0) return `not the error body {statusCode, error, messages:[…]}: ${problems.join('; ')}`;
  const messages = (answer.json as { messages: string[] }).messages;
  if (messagePart && !messages.some((text) => text.includes(messagePart))) return `messages ${JSON.stringify(messages)} without "${messagePart}"`;
  return null;
}
