// WRITE-020: the bulk-write limits (contract §1.3; REAL-WORKSPACE.md §8). An empty
// batch and a batch of more than QUERY_MAX_RECORDS = 200 are refused with Twenty's
// 400; an update by filter matching more than 200 records is refused too and
// changes none of them. The update probe is optional (gate only: it writes 201
// records first); the judge reads whichever answers it is given.
import { dataOf, brief, refusalProblem, type Answer, type Located } from './finding.ts';

export interface BatchLimitsObservation {
  /** `create<Plural>`, the batch answer's envelope key. */
  key: string;
  /** The answers to an empty batch and to a batch of 201. */
  empty: Answer;
  over: Answer;
  /** The update by a filter matching 201 records, and how many of them changed. */
  update?: { answer: Answer; changed: number; matched: number };
}

export function judgeBatchLimits(seen: BatchLimitsObservation): Located<'empty' | 'over' | 'update'> | null {
  const empty = refusalProblem(seen.empty, 400);
  if (empty) return { at: 'empty', received: `${empty} (${brief(seen.empty)})`, expected: '400 Input must not be empty for an empty batch' };
  const over = refusalProblem(seen.over, 400);
  if (over) {
    const written = dataOf(seen.over.json, seen.key);
    return { at: 'over', received: `${over} (HTTP ${seen.over.status}${Array.isArray(written) ? `, ${written.length} records written` : ''})`, expected: '400 Maximum number of records to upsert is 200. for a batch of 201' };
  }
  if (!seen.update) return null;
  const { answer, changed, matched } = seen.update;
  const update = refusalProblem(answer, 400);
  if (update || changed > 0) {
    return {
      at: 'update',
      received: `${update ?? `HTTP ${answer.status}`}; ${changed} of the ${matched} records changed (${brief(answer)})`,
      expected: '400 Cannot update more than 200 records at once, and no record changed, for an update whose filter matches 201',
    };
  }
  return null;
}
