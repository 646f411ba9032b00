// The expected answer of a filtered list over a known universe of records, and how
// a received answer differs from it. The universe is either the whole object (a
// complete sample) or a set of ids the query is restricted to with `id[in]`, so
// the oracle knows every candidate record.
import type { FilterLeaf, FilterNode } from './ast.ts';
import { printFilter } from './grammar.ts';
import { evaluateFilter, readPath, truthOf } from './oracle.ts';
import type { FieldResolver } from './oracle.ts';

export type RecordJson = Record<string, unknown>;

export function idOf(record: RecordJson): string {
  return String(record['id']);
}

/** The ids of the records the filter selects, in the records' order. */
export function selectIds(filter: FilterNode, records: readonly RecordJson[], resolve: FieldResolver): string[] {
  return records.filter((record) => evaluateFilter(filter, record, resolve)).map(idOf);
}

export interface SelectionDiff {
  /** Expected by the oracle, not returned. */
  missing: string[];
  /** Returned, not expected. */
  unexpected: string[];
  /** Returned more than once. */
  duplicates: string[];
}

export function diffSelections(expected: readonly string[], received: readonly string[]): SelectionDiff {
  const want = new Set(expected);
  const got = new Set<string>();
  const duplicates: string[] = [];
  for (const id of received) {
    if (got.has(id)) duplicates.push(id);
    got.add(id);
  }
  return {
    missing: expected.filter((id) => !got.has(id)),
    unexpected: [...got].filter((id) => !want.has(id)),
    duplicates,
  };
}

export function isEmptyDiff(diff: SelectionDiff): boolean {
  return diff.missing.length === 0 && diff.unexpected.length === 0 && diff.duplicates.length === 0;
}

/** `id[in]:[…]`: the records with these ids (a list cannot be empty, §12.7). */
export function idsLeaf(ids: readonly string[]): FilterLeaf {
  if (ids.length === 0) throw new Error('idsLeaf: an empty id list cannot be expressed');
  return { type: 'leaf', path: ['id'], comparator: 'in', value: [...ids] };
}

/** `and(id[in]:[…],F)`: F evaluated only over the given records. */
export function restrictToIds(filter: FilterNode, ids: readonly string[]): FilterNode {
  return { type: 'and', children: [idsLeaf(ids), filter] };
}

/**
 * At most `max` records spread evenly over the list (first, every k-th, …), so a
 * bounded universe still shows the variety of a larger sample.
 */
export function spreadSubset<T>(records: readonly T[], max: number): T[] {
  if (records.length <= max) return [...records];
  const picked: T[] = [];
  const step = records.length / max;
  for (let i = 0; i < max; i++) picked.push(records[Math.floor(i * step)]!);
  return picked;
}

function leavesOf(node: FilterNode): FilterLeaf[] {
  switch (node.type) {
    case 'leaf':
      return [node];
    case 'not':
      return leavesOf(node.child);
    default:
      return node.children.flatMap(leavesOf);
  }
}

/**
 * What a reader needs to see why a record was (not) expected: its value at every
 * path the filter mentions, and the SQL truth of each leaf for it.
 */
export function explainRecord(filter: FilterNode, record: RecordJson, resolve: FieldResolver): string {
  const leaves = leavesOf(filter).filter((leaf) => leaf.path.join('.') !== 'id');
  const paths = [...new Set(leaves.map((leaf) => leaf.path.join('.')))];
  const values = paths.map((path) => `${path}=${JSON.stringify(readPath(record, path.split('.')))}`);
  const truths = leaves.map((leaf) => `${printFilter(leaf)} is ${truthText(truthOf(leaf, record, resolve))}`);
  return `record ${idOf(record)} {${values.join(', ')}}; ${truths.join('; ')}`;
}

function truthText(truth: boolean | null): string {
  return truth === null ? 'unknown' : String(truth);
}
