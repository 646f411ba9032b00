// WRITE-019: find duplicates (`POST /rest/{plural}/duplicates`, contract §1.1,
// §1.2, §7.2). Twenty deduplicates its standard objects on fixed field groups
// (its duplicate-criteria constant: a person by first and last name, LinkedIn
// URL or primary email; a company by name or domain): records whose values of a
// whole group are equal and non-empty. The suite writes records sharing one such
// group and judges only what the criteria decide. Pure.
import { brief, type Answer, type Finding } from './finding.ts';

export type RecordJson = Record<string, unknown>;

/** The field-path groups of each standard object, the suite's own copy of Twenty's criteria. */
export const DEDUPLICATED_PATHS: Readonly<Record<string, readonly (readonly string[])[][]>> = {
  people: [[['name', 'firstName'], ['name', 'lastName']], [['emails', 'primaryEmail']], [['linkedinLink', 'primaryLinkUrl']]],
  companies: [[['name']], [['domainName', 'primaryLinkUrl']]],
};

/** The first criterion of an object whose every path is a writable TEXT path (the suite fills them with tagged text). */
export function textCriterion(plural: string, isWritableText: (path: readonly string[]) => boolean): (readonly string[])[] | undefined {
  return DEDUPLICATED_PATHS[plural]?.find((group) => group.every(isWritableText));
}

/** Writes `value` (suffixed per path) at every path of the criterion into a body. */
export function withCriterion(body: RecordJson, criterion: readonly (readonly string[])[], value: string): RecordJson {
  const out: RecordJson = { ...body };
  criterion.forEach((path, index) => {
    const text = `${value}-${index}`;
    const [head, sub] = path as [string, string | undefined];
    if (sub === undefined) out[head] = text;
    else out[head] = { ...((out[head] as RecordJson | undefined) ?? {}), [sub]: text };
  });
  return out;
}

export interface DuplicatesVerdict {
  ok: boolean;
  problems: string[];
}

/** The duplicates of a record must hold its twin and never the record itself. */
export function judgeDuplicates(answerIds: readonly string[], expected: { twin: string; self?: string }): DuplicatesVerdict {
  const problems: string[] = [];
  if (!answerIds.includes(expected.twin)) problems.push(`the record ${expected.twin} that shares every deduplicated value is missing`);
  if (expected.self && answerIds.includes(expected.self)) problems.push(`the record ${expected.self} is listed as its own duplicate`);
  return { ok: problems.length === 0, problems };
}

/** The record ids of each entry of `{data: [{<singular>Duplicates: [...]}, ...]}`, or why the body is not that. */
export function duplicateLists(body: unknown, singular: string): { lists: string[][]; malformed?: string } {
  const data = (body as { data?: unknown } | null)?.data;
  const key = `${singular}Duplicates`;
  if (!Array.isArray(data)) return { lists: [], malformed: 'no data array' };
  const lists: string[][] = [];
  for (const entry of data) {
    const records = (entry as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(records)) return { lists, malformed: `an entry without ${key}[]` };
    lists.push(records.map((record) => String((record as RecordJson)['id'])));
  }
  return { lists };
}

export interface FindDuplicatesObservation {
  /** `/people/duplicates`, asked with `{ids: [self]}`. */
  path: string;
  answer: Answer;
  singular: string;
  /** The record asked about, its twin (shares the criterion) and the criterion's paths. */
  self: string;
  twin: string;
  criterion: readonly (readonly string[])[];
}

/** WRITE-019: 200, one entry for the one id, holding the twin and not the record itself. */
export function judgeFindDuplicates(seen: FindDuplicatesObservation): Finding | null {
  if (seen.answer.status !== 200) return { received: brief(seen.answer), expected: `200 for POST ${seen.path} with {ids}` };
  const { lists, malformed } = duplicateLists(seen.answer.json, seen.singular);
  if (malformed || lists.length !== 1) {
    return { received: malformed ?? `${lists.length} entries`, expected: `{"data":[{"${seen.singular}Duplicates":[…],"totalCount":n,"pageInfo":{…}}]} (one entry per id)` };
  }
  const verdict = judgeDuplicates(lists[0]!, { twin: seen.twin, self: seen.self });
  return verdict.ok ? null : { received: verdict.problems.join('; '), expected: `the duplicates of ${seen.self} by ${seen.criterion.map((path) => path.join('.')).join(' + ')}` };
}
