// FLT-012's rule: a malformed filter string is refused with 400 and Twenty's
// error body carrying the parser's own message (contract §3.1, §12.8, §12.10),
// and the valid string each case was derived from is accepted (so the refusal
// is about the one edit, not about the field or the value).
import { errorBodyProblems, errorMessageOf } from '../errors/error-body.ts';
import type { MalformedCase } from './parser-probes.ts';
import type { Finding } from './selection-judge.ts';

/** What the server answered to one filter string. */
export interface ParserAnswer {
  status: number;
  json: unknown;
  /** The raw body, quoted in the finding. */
  body: string;
}

/** Null when the malformed string got 400 with the §6.1 body and the parser's message; else what it got. */
export function judgeParserRejection(answer: ParserAnswer, malformed: MalformedCase): Finding | null {
  const refused = answer.status === 400 && errorBodyProblems(answer.json, 400).length === 0 && errorMessageOf(answer.json) === malformed.message;
  if (refused) return null;
  return {
    received: `HTTP ${answer.status} ${answer.body.slice(0, 200)}`,
    expected: `400 {"statusCode":400,…,"messages":[${JSON.stringify(malformed.message)}]} for filter=${malformed.raw}`,
    hint: malformed.why,
  };
}

/** Null when the valid base string was answered 200. */
export function judgeParserAcceptance(status: number, base: string): Finding | null {
  return status === 200 ? null : { received: `HTTP ${status}`, expected: `200 for the valid filter=${base}` };
}
