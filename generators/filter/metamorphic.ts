// Relations between the answers of related filters that hold whatever the data
// is, so they need no oracle: SQL three-valued logic keeps F and not(F) disjoint
// (a row where F is unknown is in neither), and/or are intersection/union of
// their children's answers, and a one-child group answers like its child.
import type { FilterNode } from './ast.ts';
import { printFilter } from './grammar.ts';
import type { Finding } from './selection-judge.ts';

/** The filters whose answers the relations compare, all built from F and G. */
export interface RelatedFilters {
  f: FilterNode;
  notF: FilterNode;
  g: FilterNode;
  andFG: FilterNode;
  orFG: FilterNode;
  /** `and(F)`: a one-child group around F. */
  groupF: FilterNode;
}

export function relatedFilters(f: FilterNode, g: FilterNode): RelatedFilters {
  return {
    f,
    notF: { type: 'not', child: f },
    g,
    andFG: { type: 'and', children: [f, g] },
    orFG: { type: 'or', children: [f, g] },
    groupF: { type: 'and', children: [f] },
  };
}

/** The id sets the server returned; absent entries were not fetched (smoke). */
export type RelatedAnswers = { f: readonly string[] } & Partial<Record<Exclude<keyof RelatedFilters, 'f'>, readonly string[]>>;

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = sorted(new Set(a));
  const right = sorted(new Set(b));
  return left.length === right.length && left.every((id, i) => id === right[i]);
}

/** At most five ids, and how many there were: enough to reproduce, short enough to read. */
function listed(ids: readonly string[]): string {
  const head = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${ids.length} ids [${head}, …]` : `[${head}]`;
}

function describeDifference(name: string, received: readonly string[], expected: readonly string[]): string {
  const got = new Set(received);
  const want = new Set(expected);
  const missing = [...want].filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  return `${name} returned ${got.size} ids, expected ${want.size}: missing ${listed(missing)}, unexpected ${listed(extra)}`;
}

export interface LawViolation {
  /** The answer that shows the break best (its exchange is the reproducer). */
  answer: keyof RelatedFilters;
  text: string;
}

/**
 * One violation per broken relation (empty when all hold). `universe` is the set
 * every answer must stay within (the ids the queries were restricted to).
 */
export function booleanLawViolations(answers: RelatedAnswers, universe: readonly string[]): LawViolation[] {
  const violations: LawViolation[] = [];
  const inUniverse = new Set(universe);
  for (const [name, ids] of Object.entries(answers)) {
    const outside = (ids ?? []).filter((id) => !inUniverse.has(id));
    if (outside.length > 0) violations.push({ answer: name as keyof RelatedFilters, text: `${name} returned ids outside the queried universe: ${listed(outside)}` });
  }
  const f = new Set(answers.f);
  if (answers.notF) {
    const both = answers.notF.filter((id) => f.has(id));
    if (both.length > 0) violations.push({ answer: 'notF', text: `F and not(F) both returned ${listed(both)} (they must be disjoint)` });
  }
  if (answers.g && answers.andFG) {
    const g = new Set(answers.g);
    const expected = answers.f.filter((id) => g.has(id));
    if (!sameSet(answers.andFG, expected)) violations.push({ answer: 'andFG', text: describeDifference('and(F,G) vs F ∩ G:', answers.andFG, expected) });
  }
  if (answers.g && answers.orFG) {
    const expected = [...new Set([...answers.f, ...answers.g])];
    if (!sameSet(answers.orFG, expected)) violations.push({ answer: 'orFG', text: describeDifference('or(F,G) vs F ∪ G:', answers.orFG, expected) });
  }
  if (answers.groupF && !sameSet(answers.groupF, answers.f)) {
    violations.push({ answer: 'groupF', text: describeDifference('and(F) vs F:', answers.groupF, answers.f) });
  }
  return violations;
}

/**
 * FLT-010's judge: null when the answers obey every relation, else all broken
 * relations in one finding, with the answer that shows the first (its exchange is
 * the reproducer). The caller asks a second time before it takes the finding, so
 * a record another client changed in between is not blamed on the server.
 */
export function judgeBooleanLaws(
  answers: RelatedAnswers,
  universe: readonly string[],
  f: FilterNode,
  g: FilterNode,
): (Finding & { answer: keyof RelatedFilters }) | null {
  const violations = booleanLawViolations(answers, universe);
  if (violations.length === 0) return null;
  return {
    received: violations.map((violation) => violation.text).join('; '),
    expected: 'answers consistent with three-valued logic (asked twice)',
    hint: `F = ${printFilter(f)}, G = ${printFilter(g)}`,
    answer: violations[0]!.answer,
  };
}
