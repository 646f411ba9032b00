// WRITE-017/018: merge (`PATCH /rest/{plural}/merge` with `ids`,
// `conflictPriorityIndex`, `dryRun`; contract §1.1, §1.2, §7.2). The record at the
// priority index survives with its id and its own values where it has them; the
// others are removed. A dry run answers the merged record and changes nothing.
// Pure judges of the answers.
import { brief, dataOf, idOf, type Answer, type Located, type RecordJson } from './finding.ts';

export type { RecordJson };

export interface MergePlan {
  ids: string[];
  conflictPriorityIndex: number;
}

/** What the merge answer must be: the priority record's id and its own tag value. */
export function judgeMergeAnswer(answer: RecordJson | undefined, plan: MergePlan, priorityTag: string, tagOf: (record: RecordJson) => unknown): string[] {
  const problems: string[] = [];
  const survivor = plan.ids[plan.conflictPriorityIndex]!;
  if (!answer) return ['no merged record in the answer'];
  if (answer['id'] !== survivor) problems.push(`the merged record has id ${JSON.stringify(answer['id'])}, not the priority record's ${survivor}`);
  if (tagOf(answer) !== priorityTag) problems.push(`the merged record carries ${JSON.stringify(tagOf(answer))}, not the priority record's own ${JSON.stringify(priorityTag)}`);
  return problems;
}

/** A dry-run answer must carry the priority record's values, and no stored record may have changed. */
export function judgeDryRun(answer: RecordJson | undefined, priorityTag: string, tagOf: (record: RecordJson) => unknown): string[] {
  if (!answer) return ['no merged record in the dry-run answer'];
  return tagOf(answer) === priorityTag ? [] : [`the dry-run record carries ${JSON.stringify(tagOf(answer))}, not the priority record's ${JSON.stringify(priorityTag)}`];
}

export interface MergeObservation {
  dryRun: boolean;
  /** `/people/merge`, the answer and its envelope key (`mergePerson`). */
  path: string;
  answer: Answer;
  key: string;
  plan: MergePlan;
  /** The merged records as created, and the priority record's tag. */
  records: readonly RecordJson[];
  priorityTag: string;
  tagOf: (record: RecordJson) => unknown;
  /** After the merge: the plan's ids listed live, and listed soft-deleted. */
  live: readonly RecordJson[];
  deleted: readonly RecordJson[];
}

/** WRITE-017/018: the merge answer, then what is left (merge: the priority record only; dry run: both, unchanged). */
export function judgeMerge(seen: MergeObservation): Located<'answer' | 'after'> | null {
  const { answer, tagOf } = seen;
  if (answer.status !== 200) return { at: 'answer', received: brief(answer), expected: `200 for PATCH ${seen.path}${seen.dryRun ? ' (dryRun)' : ''}` };
  const merged = dataOf(answer.json, seen.key) as RecordJson | undefined;
  const problems = seen.dryRun ? judgeDryRun(merged, seen.priorityTag, tagOf) : judgeMergeAnswer(merged, seen.plan, seen.priorityTag, tagOf);
  if (problems.length) return { at: 'answer', received: problems.join('; '), expected: `{"data":{"${seen.key}":…}} with the priority record's values` };
  const survivor = seen.plan.ids[seen.plan.conflictPriorityIndex]!;
  if (seen.dryRun) {
    const unchanged = seen.records.every((record) => seen.live.some((row) => idOf(row) === idOf(record) && tagOf(row) === tagOf(record)));
    if (!unchanged || seen.live.length !== seen.records.length) {
      return { at: 'after', received: `after the dry run ${seen.live.length} of the ${seen.records.length} records are listed${unchanged ? '' : ', some with other values'}`, expected: 'both records, unchanged: a dry run writes nothing' };
    }
    return null;
  }
  const left = [...seen.live, ...seen.deleted].map(idOf);
  if (left.length !== 1 || left[0] !== survivor) return { at: 'after', received: `after the merge these records remain: ${left.join(', ') || 'none'}`, expected: `only the priority record ${survivor}` };
  return null;
}
