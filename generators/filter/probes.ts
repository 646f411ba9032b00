// Targeted filters, one family per semantic rule of contract §3.4, built from the
// records a check has read so that the rule decides the answer: a record with a
// case variant for ilike, NULL rows next to values for neq, '' next to NULL for
// is:NULL, ties at the bound for gt/gte. Each family returns its probes most
// telling first (a budget-bound run sends only the first), or [] when the data
// cannot exercise the rule.
import type { Comparator } from '../kinds/comparators.ts';
import type { FieldPath } from '../fixtures/catalogue-resolver.ts';
import type { FilterLeaf, FilterNode } from './ast.ts';
import { nullEquivalenceOf } from './field-resolver.ts';
import { isPrintable, isPrintableListItem, normalizeFilter, normalizeNode } from './grammar.ts';
import { readPath, truthOf } from './oracle.ts';
import type { FieldResolver } from './oracle.ts';
import type { RecordJson } from './selection.ts';

export interface Probe {
  filter: FilterNode;
  /** The rule the probe exercises, for the failure text. */
  why: string;
}

// ---------------------------------------------------------------- helpers

function allows(entry: FieldPath, ...comparators: Comparator[]): boolean {
  return comparators.every((c) => entry.comparators.includes(c));
}

function leaf(entry: FieldPath, comparator: Comparator, value: string | string[]): FilterLeaf {
  return normalizeNode({ type: 'leaf', path: [...entry.path], comparator, value }) as FilterLeaf;
}

function probe(filter: FilterNode, why: string): Probe {
  return { filter: normalizeFilter(filter), why };
}

function dotted(entry: FieldPath): string {
  return entry.path.join('.');
}

/** Non-null scalar values at the path, as filter text, with how many records hold each. */
export function valueCounts(records: readonly RecordJson[], entry: FieldPath): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = readPath(record, entry.path);
    if (value === null || typeof value === 'object') continue;
    const text = String(value);
    if (!isPrintable(text) || !isPrintableListItem(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

function nullCount(records: readonly RecordJson[], entry: FieldPath): number {
  return records.filter((record) => readPath(record, entry.path) === null).length;
}

/** A value whose eq/neq meaning is plain (not '' or 'NULL' on a null-equivalent text path). */
function isPlainValue(entry: FieldPath, text: string): boolean {
  if (entry.resolved.kind === 'TEXT' && nullEquivalenceOf(entry.resolved) === 'text') return text !== '' && text !== 'NULL';
  return true;
}

function plainValues(records: readonly RecordJson[], entry: FieldPath): [string, number][] {
  return [...valueCounts(records, entry)].filter(([text]) => isPlainValue(entry, text));
}

function resolverOf(paths: readonly FieldPath[]): FieldResolver {
  return (path) => paths.find((entry) => entry.path.join('.') === path.join('.'))?.resolved;
}

function byScore<T>(items: readonly T[], score: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}

export function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

const ORDERED_KINDS = new Set(['NUMBER', 'NUMERIC', 'POSITION', 'DATE', 'DATE_TIME', 'UUID', 'RELATION', 'TEXT']);

/** Numbers first for bounds: ties are common there and the order is unambiguous. */
const KIND_PREFERENCE: Partial<Record<string, number>> = { NUMBER: 20, NUMERIC: 20, POSITION: 20, DATE: 15, DATE_TIME: 15, UUID: 10, RELATION: 10 };

// ---------------------------------------------------------------- text case rules

/** ASCII letters only where case matters, and no LIKE wildcard: the pattern is the literal value. */
function isCaseProbeValue(text: string): boolean {
  return /^[\x20-\x7e]+$/.test(text) && !/[%_\\]/.test(text) && swapCase(text) !== text;
}

/** like/startsWith/endsWith are case-sensitive, ilike is not (§3.4). */
export function textCaseProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const candidates = paths
    .filter((entry) => entry.resolved.kind === 'TEXT')
    .flatMap((entry) =>
      [...valueCounts(records, entry).keys()].filter(isCaseProbeValue).map((value) => {
        const variants = new Set(
          records.map((record) => readPath(record, entry.path)).filter((v) => typeof v === 'string' && v.toLowerCase() === value.toLowerCase()),
        );
        return { entry, value, variants: variants.size };
      }),
    );
  const best = byScore(candidates, (c) => c.variants)[0];
  if (!best) return [];
  const { entry, value } = best;
  const name = dotted(entry);
  // Halves by code point, so an emoji is never cut in two.
  const points = [...value];
  const half = Math.max(1, Math.ceil(points.length / 2));
  const prefix = points.slice(0, half).join('');
  const suffix = points.slice(points.length - half).join('');
  const probes: Probe[] = [];
  if (allows(entry, 'ilike')) probes.push(probe(leaf(entry, 'ilike', swapCase(value)), `ilike on ${name} ignores case: "${swapCase(value)}" matches "${value}"`));
  if (allows(entry, 'like')) probes.push(probe(leaf(entry, 'like', swapCase(value)), `like on ${name} is case-sensitive: "${swapCase(value)}" does not match "${value}"`));
  if (allows(entry, 'startsWith')) {
    probes.push(probe(leaf(entry, 'startsWith', prefix), `startsWith on ${name}: "${prefix}" starts "${value}"`));
    if (swapCase(prefix) !== prefix) probes.push(probe(leaf(entry, 'startsWith', swapCase(prefix)), `startsWith on ${name} is case-sensitive`));
  }
  if (allows(entry, 'endsWith')) {
    probes.push(probe(leaf(entry, 'endsWith', suffix), `endsWith on ${name}: "${suffix}" ends "${value}"`));
    if (swapCase(suffix) !== suffix) probes.push(probe(leaf(entry, 'endsWith', swapCase(suffix)), `endsWith on ${name} is case-sensitive`));
  }
  if (allows(entry, 'ilike')) probes.push(probe(leaf(entry, 'ilike', `%${swapCase(points.slice(1).join(''))}`), `ilike on ${name} with a leading %`));
  return probes;
}

// ---------------------------------------------------------------- NULL rules

/** neq excludes rows where the column IS NULL (§3.4, SQL three-valued logic). */
export function neqNullProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const candidates = paths
    .filter((entry) => allows(entry, 'neq') && nullCount(records, entry) > 0)
    .flatMap((entry) => {
      const value = byScore(plainValues(records, entry), ([, count]) => count)[0];
      return value ? [{ entry, value: value[0], nulls: nullCount(records, entry) }] : [];
    });
  // Plain SQL NULLs first (non-text), then text columns that also hold NULL.
  return byScore(candidates, (c) => (c.entry.resolved.kind === 'TEXT' ? 0 : 1000) + c.nulls)
    .slice(0, 3)
    .map(({ entry, value }) => probe(leaf(entry, 'neq', value), `${dotted(entry)}[neq]:${value} excludes the rows where ${dotted(entry)} is NULL`));
}

/** On null-equivalent text, is:NULL also matches '' and is:NOT_NULL keeps it; eq:"" and neq:"" follow (§3.4). */
export function emptyTextProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const candidates = paths.filter(
    (entry) =>
      entry.resolved.kind === 'TEXT' &&
      nullEquivalenceOf(entry.resolved) === 'text' &&
      allows(entry, 'is') &&
      records.some((record) => readPath(record, entry.path) === ''),
  );
  const best = byScore(candidates, (entry) => (nullCount(records, entry) > 0 ? 1 : 0))[0];
  if (!best) return [];
  const name = dotted(best);
  const probes = [
    probe(leaf(best, 'is', 'NULL'), `${name}[is]:NULL matches the records holding "" as well as NULL`),
    probe(leaf(best, 'is', 'NOT_NULL'), `${name}[is]:NOT_NULL keeps the records holding ""`),
  ];
  if (allows(best, 'eq')) probes.push(probe(leaf(best, 'eq', ''), `${name}[eq]:"" matches "" and NULL`));
  if (allows(best, 'neq')) probes.push(probe(leaf(best, 'neq', ''), `${name}[neq]:"" excludes "" and NULL`));
  return probes;
}

// ---------------------------------------------------------------- combinators

interface ScoredLeaf {
  leaf: FilterLeaf;
  counts: { yes: number; no: number; unknown: number };
}

/** Leaves `eq:v` over the records, with how many records each makes true/false/unknown. */
function eqLeaves(paths: readonly FieldPath[], records: readonly RecordJson[]): ScoredLeaf[] {
  const resolve = resolverOf(paths);
  return paths
    .filter((entry) => allows(entry, 'eq') && entry.resolved.kind !== 'RAW_JSON')
    .flatMap((entry) =>
      plainValues(records, entry).map(([value]) => {
        const candidate = leaf(entry, 'eq', value);
        const counts = { yes: 0, no: 0, unknown: 0 };
        for (const record of records) {
          const truth = truthOf(candidate, record, resolve);
          if (truth === null) counts.unknown++;
          else if (truth) counts.yes++;
          else counts.no++;
        }
        return { leaf: candidate, counts };
      }),
    );
}

/** not(A) is the complement of A, without the rows where A is unknown (§3.4). */
export function notProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const splitting = eqLeaves(paths, records).filter(({ counts, leaf: l }) => counts.yes > 0 && counts.no > 0 && l.path.join('.') !== 'id');
  return byScore(splitting, ({ counts }) => (counts.unknown > 0 ? 1000 : 0) + Math.min(counts.yes, counts.no))
    .slice(0, 3)
    .map(({ leaf: a }) => probe({ type: 'not', child: a }, `not(A) returns the records where A is false, not those where it is true or unknown`));
}

/** or(A,B) is the union and and(A,B) the intersection of their answers (§3.1, §3.4). */
export function andOrProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const leaves = eqLeaves(paths, records).filter(({ counts, leaf: l }) => counts.yes > 0 && counts.no > 0 && l.path.join('.') !== 'id');
  // A and B: two values of one path, so they are disjoint and and-for-or answers nothing.
  const byPath = new Map<string, ScoredLeaf[]>();
  for (const scored of leaves) byPath.set(scored.leaf.path.join('.'), [...(byPath.get(scored.leaf.path.join('.')) ?? []), scored]);
  const pairs = [...byPath.values()]
    .filter((group) => group.length >= 2)
    .map((group) => byScore(group, ({ counts }) => counts.yes).slice(0, 2) as [ScoredLeaf, ScoredLeaf]);
  const pair = byScore(pairs, ([a, b]) => Math.min(a.counts.yes, b.counts.yes))[0];
  if (!pair) return [];
  const [a, b] = pair;
  const probes = [probe({ type: 'or', children: [a.leaf, b.leaf] }, 'or(A,B) returns the records of A and those of B')];
  // C on another path that keeps part of A: and(A,C) is a proper subset of both.
  const resolve = resolverOf(paths);
  const inA = records.filter((record) => truthOf(a.leaf, record, resolve) === true);
  const c = leaves.find((other) => {
    if (other.leaf.path.join('.') === a.leaf.path.join('.')) return false;
    const both = inA.filter((record) => truthOf(other.leaf, record, resolve) === true).length;
    return both > 0 && (both < inA.length || both < other.counts.yes);
  });
  if (c) {
    probes.push(probe({ type: 'and', children: [a.leaf, c.leaf] }, 'and(A,C) returns the records in both A and C'));
    probes.push(probe({ type: 'or', children: [{ type: 'and', children: [a.leaf, c.leaf] }, b.leaf] }, 'or(and(A,C),B) nests'));
  }
  return probes;
}

// ---------------------------------------------------------------- bounds

/** gt/lt are strict and gte/lte inclusive, at a value the records hold (§3.4). */
export function boundProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const resolve = resolverOf(paths);
  const holding = (candidate: FilterLeaf) => records.filter((record) => truthOf(candidate, record, resolve) === true).length;
  const candidates = paths
    .filter((entry) => ORDERED_KINDS.has(entry.resolved.kind) && allows(entry, 'gt', 'gte', 'lt', 'lte'))
    .flatMap((entry) =>
      plainValues(records, entry)
        // Records on both sides of the bound, so gt/gte and lt/lte each differ.
        .filter(([value]) => holding(leaf(entry, 'gt', value)) > 0 && holding(leaf(entry, 'lt', value)) > 0)
        .map(([value, count]) => ({ entry, value, count })),
    );
  const best = byScore(candidates, (c) => (KIND_PREFERENCE[c.entry.resolved.kind] ?? 0) + Math.min(c.count, 5))[0];
  if (!best) return [];
  const name = dotted(best.entry);
  return (['gt', 'gte', 'lt', 'lte'] as const).map((comparator) =>
    probe(
      leaf(best.entry, comparator, best.value),
      `${name}[${comparator}]:${best.value} ${comparator.endsWith('e') ? 'includes' : 'excludes'} the ${best.count} record(s) equal to it`,
    ),
  );
}

function shiftMs(iso: string, ms: number): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time + ms).toISOString();
}

/** DATE_TIME eq is the whole millisecond [v, v+1ms); gt means >= v+1ms, lte < v+1ms (§3.4). */
export function dateTimeProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const candidates = paths
    .filter((entry) => entry.resolved.kind === 'DATE_TIME' && allows(entry, 'eq'))
    .flatMap((entry) => plainValues(records, entry).map(([value, count]) => ({ entry, value, count })));
  const best = byScore(candidates, (c) => c.count * 10 + (Date.parse(c.value) % 1000 !== 0 ? 1 : 0))[0];
  if (!best) return [];
  const { entry, value } = best;
  const name = dotted(entry);
  const later = shiftMs(value, 1);
  const earlier = shiftMs(value, -1);
  const probes = [probe(leaf(entry, 'eq', value), `${name}[eq]:${value} matches the records at that millisecond`)];
  if (later) probes.push(probe(leaf(entry, 'eq', later), `${name}[eq] one millisecond later matches none of them`));
  for (const comparator of ['gt', 'lte', 'neq', 'lt', 'gte'] as const) {
    if (allows(entry, comparator)) probes.push(probe(leaf(entry, comparator, value), `${name}[${comparator}] at a stored millisecond`));
  }
  if (earlier && allows(entry, 'gt')) probes.push(probe(leaf(entry, 'gt', earlier), `${name}[gt] one millisecond earlier includes them`));
  return probes;
}

// ---------------------------------------------------------------- composites

/** `field.sub[op]:v` filters on the composite's sub-field (§3.1, §3.3). */
export function compositeProbes(paths: readonly FieldPath[], records: readonly RecordJson[]): Probe[] {
  const subPaths = paths.filter((entry) => entry.path.length === 2 && allows(entry, 'eq') && entry.resolved.kind !== 'RAW_JSON');
  const firsts: Probe[] = [];
  const nulls: Probe[] = [];
  const seen = new Set<string>();
  for (const entry of byScore(subPaths, (e) => plainValues(records, e).length)) {
    const composite = entry.path[0]!;
    if (seen.has(composite)) continue;
    const values = byScore(plainValues(records, entry), ([, count]) => count);
    const value = values[0];
    if (!value || values.length < 2) continue;
    seen.add(composite);
    firsts.push(probe(leaf(entry, 'eq', value[0]), `${dotted(entry)}[eq]:${value[0]} compares the sub-field`));
    if (allows(entry, 'is')) nulls.push(probe(leaf(entry, 'is', 'NULL'), `${dotted(entry)}[is]:NULL on a sub-field`));
  }
  return [...firsts, ...nulls];
}
