// WRITE-022: `fields` on writes and get-one (era D, contract §5.5, §9 field-projection
// suite): every answer carries only `id` and the asked fields. The spec creates
// one record and a batch with `fields=id`, then reads and updates the record with
// `fields=<tag field>`; the judge reads each answer's records.
import { brief, type Answer, type Located } from './finding.ts';

/** A record's keys beyond the asked fields and id. */
export function extraKeys(record: unknown, asked: readonly string[]): string[] {
  if (typeof record !== 'object' || record === null) return ['<not a record>'];
  return Object.keys(record).filter((key) => key !== 'id' && !asked.includes(key));
}

export interface ProjectedAnswer {
  /** How it was asked: `POST /people?fields=id`. */
  what: string;
  answer: Answer;
  /** The records the answer carries (the created one, each of a batch, the one read or updated). */
  records: readonly unknown[];
  asked: readonly string[];
}

/**
 * `created` is false when the single create answered no record: the get-one and
 * update were never sent, and the finding is that no record was created.
 */
export function judgeProjection(answers: readonly ProjectedAnswer[], created: boolean): Located<number> | null {
  const problems: string[] = [];
  let at: number | undefined;
  answers.forEach(({ what, answer, records, asked }, index) => {
    for (const record of records) {
      const extra = extraKeys(record, asked);
      if (answer.status < 300 && extra.length === 0) continue;
      problems.push(`${what}: ${answer.status >= 300 ? brief(answer) : `also answered ${extra.slice(0, 5).join(', ')}`}`);
      at ??= index;
    }
  });
  if (!created) return { at: 0, received: problems.join('; ') || (answers[0] ? brief(answers[0].answer) : 'no answer'), expected: 'the created record' };
  return problems.length ? { at: at ?? 0, received: problems.join('; '), expected: 'only id and the asked fields in every answer' } : null;
}
