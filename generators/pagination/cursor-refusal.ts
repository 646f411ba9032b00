// PAG-008 and PAG-009: a cursor request Twenty cannot serve (a cursor that does not
// decode, both cursors at once) is refused with 400 and the error body whose
// message says why (contract §5.2, §5.3, §6.2, §12.5). The body is judged by the
// one error-body judge.
import { errorBodyProblems, errorMessageOf } from '../errors/error-body.ts';

/** What the expected refusal looks like, for the failure text. */
export function cursorRefusal(message: string): string {
  return `400 {"statusCode":400,"error":"BadRequestException","messages":["${message}"]}`;
}

/**
 * Empty when the answer is that 400 refusal with `message`; else one sentence
 * naming what came back (status and the start of the body).
 */
export function judgeCursorRefusal(answer: { status: number; json: unknown; body: string }, message: string): string[] {
  const refused = answer.status === 400 && errorBodyProblems(answer.json, 400).length === 0 && errorMessageOf(answer.json) === message;
  return refused ? [] : [`HTTP ${answer.status} ${answer.body.slice(0, 200)}`];
}
