// GRP-*: `GET /rest/{plural}/groupBy` (contract §1.1, §5.5; Twenty's REST group-by
// integration suite). The answer is a top-level array of groups, each
// `{groupByDimensionValues: [...], <aggregate>: value, records?: [...]}`. The
// oracle groups records the suite knows (fixtures or a read sample) by one field
// and counts them; the judge compares the two as sets of (value → count). Pure.
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { readPath } from '../filter/oracle.ts';
import { brief, type Answer, type Finding } from './finding.ts';

export type RecordJson = Record<string, unknown>;

/** Kinds whose stored values compare without collation or text null-equivalence. */
export const GROUPABLE_KINDS: ReadonlySet<string> = new Set(['SELECT', 'BOOLEAN', 'RATING', 'NUMBER', 'DATE']);

/** A field to group by: a plain one of a groupable kind whose values repeat among the records. */
export function groupableField(object: CatalogueObject, records: readonly RecordJson[]): string | undefined {
  let best: { name: string; groups: number } | undefined;
  for (const field of object.fields) {
    if (!GROUPABLE_KINDS.has(field.kind)) continue;
    const groups = groupCounts(records, [field.name]).size;
    if (groups === 0 || groups >= records.length) continue;
    if (!best || groups > best.groups) best = { name: field.name, groups };
  }
  return best?.name;
}

/** The key of one group value: JSON text, so null, false and "false" stay apart; numbers compare by value. */
export function groupKey(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) && /^-?\d+(\.\d+)?$/.test(value)) return JSON.stringify(Number(value));
  return JSON.stringify(value);
}

/** The oracle: how many records hold each value at the path. */
export function groupCounts(records: readonly RecordJson[], path: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const key = groupKey(readPath(record, path));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface GroupReading {
  counts: Map<string, number>;
  /** Why the answer could not be read as groups, if it could not. */
  malformed?: string;
}

/** Reads a groupBy answer of one dimension with the `totalCount` aggregate. */
export function readGroups(body: unknown): GroupReading {
  if (!Array.isArray(body)) return { counts: new Map(), malformed: 'the answer is not a JSON array of groups' };
  const counts = new Map<string, number>();
  for (const group of body) {
    const values = (group as { groupByDimensionValues?: unknown } | null)?.groupByDimensionValues;
    const total = Number((group as { totalCount?: unknown }).totalCount);
    if (!Array.isArray(values) || values.length !== 1) return { counts, malformed: `a group without one groupByDimensionValues entry: ${JSON.stringify(group).slice(0, 120)}` };
    if (!Number.isInteger(total)) return { counts, malformed: `a group without an integer totalCount: ${JSON.stringify(group).slice(0, 120)}` };
    const key = groupKey(values[0]);
    if (counts.has(key)) return { counts, malformed: `the value ${key} is answered as two groups` };
    counts.set(key, total);
  }
  return { counts };
}

/** Differences between the groups answered and the oracle's, one line each. */
export function groupDifferences(expected: ReadonlyMap<string, number>, received: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const [key, count] of expected) {
    const got = received.get(key);
    if (got !== count) out.push(`${key}: ${got === undefined ? 'no group' : `totalCount ${got}`}, expected ${count}`);
  }
  for (const [key, count] of received) if (!expected.has(key)) out.push(`${key}: a group of ${count} that the records do not hold`);
  return out;
}

export interface GroupByObservation {
  plural: string;
  /** The field grouped by (GRP-002 groups by id: one group per live record). */
  field: string;
  answer: Answer;
  /** The records the groups must count: those the filter selects and that are live. */
  records: readonly RecordJson[];
  /** GRP-002: how many of the filtered records were soft-deleted before the groupBy. */
  softDeleted?: number;
}

/** GRP-001/002: 200, an array of one-dimension groups, and the oracle's counts of the visible records. */
export function judgeGroupBy(seen: GroupByObservation): Finding | null {
  const { plural, field, answer } = seen;
  if (answer.status !== 200) return { received: brief(answer), expected: `200 with the groups of ${plural} by ${field}` };
  const { counts, malformed } = readGroups(answer.json);
  if (malformed) return { received: malformed, expected: `[{"groupByDimensionValues":[${seen.softDeleted === undefined ? 'value' : field}],"totalCount":${seen.softDeleted === undefined ? 'n' : '1'}}, …]` };
  const differences = groupDifferences(groupCounts(seen.records, [field]), counts).slice(0, 4).join('; ');
  if (!differences) return null;
  if (seen.softDeleted === undefined) return { received: `groups of ${plural} by ${field}: ${differences}`, expected: `the counts of the ${seen.records.length} records the filter selects` };
  return { received: differences, expected: `one group per live record; the ${seen.softDeleted} soft-deleted ones left out` };
}
