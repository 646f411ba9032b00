// ROB-010: a malformed or non-object JSON body is refused with a 4xx (contract
// §6.2) and writes nothing (§1.3): each answer is judged on its own, then the
// object's totalCount before and after all of them.
import type { BodyCase } from './body-cases.ts';
import { judgeRejectionStatus, type Answer, type Finding } from './judge.ts';
import { judgeNoLeak } from './leaks.ts';

/** One refused body: any 4xx, and nothing internal in the refusal (the body itself may be quoted back). */
export function judgeRefusedBody(answer: Answer, sent: Pick<BodyCase, 'body' | 'why'>): Finding | null {
  const status = judgeRejectionStatus(answer, 'client-error');
  if (status) return { ...status, hint: `the body: ${sent.why}` };
  return judgeNoLeak(answer, [sent.body]);
}

/** All refused bodies together: no record created or deleted, so totalCount is what it was. */
export function judgeNothingWritten(before: number, after: number): Finding | null {
  if (after === before) return null;
  return {
    received: `totalCount ${before} before the refused bodies, ${after} after`,
    expected: 'no record created or deleted by a request that was refused',
    hint: 'another client writing to this workspace at the same time would also explain it; rerun on a quiet workspace',
  };
}
