// Pure judges of WRITE-004 (contract §1.1, §1.2, §9): a PATCH answers 200 with
// `{data:{update<Singular>:record}}` holding the new value (the record after the
// update, not before it), and a read afterwards shows the new value with every
// field the body did not name unchanged.
import type { CatalogueField } from '../openapi/catalogue-types.ts';
import { changedFields, sameValue } from './read-back.ts';
import { judgeRecordAnswer, judgeStatus, recordIn, type Answer, type RecordJson, type WriteFinding } from './write-answer.ts';

/** What the PATCH sent: one plain field and its new value. */
export interface Patch {
  field: Pick<CatalogueField, 'name' | 'kind'>;
  value: unknown;
}

/** WRITE-004 on the PATCH answer: 200, the update envelope, and the record holding the new value. */
export function judgePatchAnswer<A extends Answer>(patch: Patch, answer: A, key: string, what: string): WriteFinding<A> | null {
  const shape = judgeStatus(answer, 200, what) ?? judgeRecordAnswer(answer, key, what);
  if (shape) return shape;
  const answered = recordIn(answer.json, key)!;
  if (sameValue(patch.field.kind, patch.value, answered[patch.field.name])) return null;
  return {
    received: `the PATCH answer holds ${patch.field.name} = ${JSON.stringify(answered[patch.field.name])}`,
    expected: `the updated record: ${JSON.stringify(patch.value)} as sent`,
    exchange: answer,
  };
}

/** WRITE-004 on the read after the PATCH: the new value, and every other field as it was before (updatedAt aside). */
export function judgePatchReadBack<A extends Answer>(patch: Patch, before: RecordJson, answer: A, key: string): WriteFinding<A> | null {
  const shape = judgeRecordAnswer(answer, key, 'get-one after PATCH');
  if (shape) return shape;
  const after = recordIn(answer.json, key)!;
  const name = patch.field.name;
  if (!sameValue(patch.field.kind, patch.value, after[name])) {
    return { received: `${name} is ${JSON.stringify(after[name])}`, expected: `${JSON.stringify(patch.value)} as sent in the PATCH`, exchange: answer };
  }
  const changed = changedFields(before, after, new Set(['updatedAt', name]));
  if (changed.length === 0) return null;
  return {
    received: `PATCH {${name}} also changed ${changed.map((other) => `${other} (${JSON.stringify(before[other])} → ${JSON.stringify(after[other])})`).slice(0, 4).join(', ')}`,
    expected: 'every field the body did not name unchanged',
    exchange: answer,
  };
}
