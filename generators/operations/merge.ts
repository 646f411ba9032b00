// WRITE-017/018: merge (`PATCH /rest/{plural}/merge` with `ids`,
// `conflictPriorityIndex`, `dryRun`; contract §1.1, §1.2, §7.2). The record at the
// priority index survives with its id and its own values where it has them; the
// others are removed. A dry run answers the merged record and changes nothing.
// Pure judges of the answers.
export type RecordJson = Record<string, unknown>;

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
