// Pure: what a write check observed, as plain data, and the readings every write
// judge shares. An answer is the part of an exchange a rule reads (status, parsed
// body, text); a finding is what a judge returns when the server broke the
// contract, naming the answer that shows it so the spec can attach its reproducer.
// Judges are generic in the answer so the spec gets its own exchange back.

import type { Finding } from '../checks/finding.ts';

export type RecordJson = Record<string, unknown>;

export interface Answer {
  status: number;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  responseBody: string;
}

export interface WriteFinding<A extends Answer = Answer> extends Finding {
  /** The answer that shows the failure. */
  exchange?: A;
}

/** An answer in one line: its status and the start of its body. */
export const brief = (answer: Answer): string => `HTTP ${answer.status} ${answer.responseBody.slice(0, 200)}`;

/** `data[key]` of an answer's envelope (contract §1.2). */
export function dataOf(json: unknown, key: string): unknown {
  return (json as { data?: Record<string, unknown> } | undefined)?.data?.[key];
}

/** The record at `data[key]`: an object with a string id, else undefined. */
export function recordIn(json: unknown, key: string): RecordJson | undefined {
  const record = dataOf(json, key);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  return typeof (record as RecordJson)['id'] === 'string' ? (record as RecordJson) : undefined;
}

/** The ids of the records an answer holds at `data[key]` (one record or a list): what a check must remove. */
export function idsIn(json: unknown, key: string): string[] {
  const answered = dataOf(json, key);
  return (Array.isArray(answered) ? answered : [answered])
    .filter((record): record is RecordJson => typeof record === 'object' && record !== null && typeof (record as RecordJson)['id'] === 'string')
    .map((record) => record['id'] as string);
}

/** The answer has exactly `status`. */
export function judgeStatus<A extends Answer>(answer: A, status: number, what: string): WriteFinding<A> | null {
  return answer.status === status ? null : { received: brief(answer), expected: `${status} for ${what}`, exchange: answer };
}

/** The answer's envelope holds a record with an id at `data[key]`. */
export function judgeRecordAnswer<A extends Answer>(answer: A, key: string, what: string): WriteFinding<A> | null {
  return recordIn(answer.json, key) ? null : { received: brief(answer), expected: `{"data":{"${key}":{…record with an id…}}} for ${what}`, exchange: answer };
}
