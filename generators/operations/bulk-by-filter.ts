// WRITE-012…015: a bulk write by filter (update, hard and soft delete, restore;
// contract §1.1, §1.2, §3) touches exactly the records the filter selects among
// the check's own, in its answer and when read back. One judge for the four: the
// spec hands over the oracle's selection, the write's answer and what the read-back
// lists; the judge says what is wrong, at the answer or at the read-back.
import { describeBulkVerdict, judgeBulkWrite } from './bulk-selection.ts';
import { brief, dataOf, idsAt, type Answer, type Located } from './finding.ts';

export interface BulkByFilterObservation {
  /** The ids the filter selects among the check's records (the oracle), and why that filter. */
  selected: readonly string[];
  why: string;
  /** How many records the check wrote for itself. */
  scopeSize: number;
  /** The bulk write as sent (`PATCH /people?filter=…`), its answer and its envelope key (`updatePeople`). */
  request: string;
  answer: Answer;
  key: string;
  /** What the answer's list is called in a finding (`the update answer lists`). */
  answerLists: string;
  /** The update answer must be `{data:{<key>:[…]}}`; the others are judged by the ids they list. */
  requireList?: boolean;
  /** What reading back showed, judged in order: ids carrying the write's effect. */
  readBack: readonly { what: string; ids: readonly string[] }[];
  /** After a hard delete: how many of the records are listed as soft-deleted (must be none). */
  softDeletedAfterHardDelete?: number;
}

export function judgeBulkByFilter(seen: BulkByFilterObservation): Located<'answer' | 'readBack'> | null {
  const { answer } = seen;
  if (answer.status !== 200) return { at: 'answer', received: brief(answer), expected: `200 for ${seen.request}` };
  if (seen.requireList && !Array.isArray(dataOf(answer.json, seen.key))) return { at: 'answer', received: brief(answer), expected: `{"data":{"${seen.key}":[…]}}` };
  const selection = (touched: readonly string[], what: string) => {
    const verdict = judgeBulkWrite(seen.selected, touched);
    return verdict.ok ? null : { received: `${what}: ${describeBulkVerdict(verdict)}`, expected: `exactly the ${seen.selected.length} record(s) the filter selects among the check's ${seen.scopeSize}`, hint: seen.why };
  };
  const answered = selection(idsAt(answer.json, seen.key), seen.answerLists);
  if (answered) return { at: 'answer', ...answered };
  for (const read of seen.readBack) {
    const finding = selection(read.ids, read.what);
    if (finding) return { at: 'readBack', ...finding };
  }
  if (seen.softDeletedAfterHardDelete) {
    return { at: 'readBack', received: `${seen.softDeletedAfterHardDelete} record(s) listed as soft-deleted after a hard bulk DELETE`, expected: 'none: without soft_delete=true the records are destroyed' };
  }
  return null;
}
