// Which subjects (objects, metadata resources) a check visits in each profile:
// one rule for every check. A check's entry states its policy (the pool it draws
// from, the weight that ranks the pool, and each profile's budget); the spec
// hands over the pool and the weight function and loops over what comes back.
import type { Profile } from '../checks/types.ts';
import { heaviestInOrder } from './heaviest.ts';
import { coverInOrder } from './cover.ts';

/**
 * Where a check's subjects come from:
 * - `described objects`: every object the document describes;
 * - `read objects`: what the profile reads — install the objects it wrote fixtures
 *   to (its budget goes where it has data), every other profile every described object;
 * - `written objects`: the objects the run wrote fixtures to, parents first;
 * - `written or described objects`: those, or every described object where the run writes nothing (smoke);
 * - `metadata resources`: the lists of the metadata API;
 * - `subjects of <ID>`: the subjects another check visits in the same profile;
 * - `none`: the check asks about the deployment as a whole, one test.
 */
export type SubjectPool = 'described objects' | 'read objects' | 'written objects' | 'written or described objects' | 'metadata resources' | `subjects of ${string}` | 'none';

/** What ranks a pool when a budget keeps only part of it (the heaviest first; pool order on a tie). */
export type SubjectWeight =
  /** Every subject weighs the same: the first ones of the pool. */
  | 'pool order'
  /** Fields of the response schema. */
  | 'fields'
  /** Field paths (composite sub-fields counted one by one). */
  | 'field paths'
  /** Field paths a filter or an order_by can name. */
  | 'probeable paths'
  /** (path, comparator) pairs whose answer the filter oracle knows exactly. */
  | 'filterable pairs'
  /** Fields a write may set. */
  | 'writable fields'
  /** The metadata resource every workspace fills (`objects`) before the others. */
  | 'objects resource';

/**
 * How many subjects a profile visits:
 * - `all`: the whole pool;
 * - a number: that many of the heaviest (0: none, the check is not generated);
 * - `field kinds`: the fewest subjects that together hold every field kind (and
 *   composite sub-field) of the pool — for checks that exercise parsers Twenty
 *   shares between objects, where another object of the same kinds proves nothing new.
 */
export type SubjectBudget = 'all' | 'field kinds' | number;

export interface SubjectPolicy {
  pool: SubjectPool;
  weight: SubjectWeight;
  gate: SubjectBudget;
  install: SubjectBudget;
  smoke: SubjectBudget;
}

/** The one test of a check without subjects. */
export const NO_SUBJECTS: SubjectPolicy = { pool: 'none', weight: 'pool order', gate: 1, install: 1, smoke: 1 };

export interface SubjectMeasures<T> {
  /** The policy's weight, as a number per subject. */
  weight: (subject: T) => number;
  /** The kinds a subject holds; needed by the `field kinds` budget only. */
  kinds?: (subject: T) => Iterable<string>;
}

/** The subjects a profile visits, in pool order. */
export function chooseSubjects<T>(policy: SubjectPolicy, profile: Profile, pool: readonly T[], measures: SubjectMeasures<T>): T[] {
  const budget = policy[profile];
  if (budget === 'all') return [...pool];
  if (budget === 'field kinds') {
    if (!measures.kinds) throw new Error(`the 'field kinds' budget needs the kinds of each subject (pool: ${policy.pool})`);
    return coverInOrder(pool, measures.kinds, measures.weight);
  }
  return heaviestInOrder(pool, policy.weight === 'pool order' ? () => 0 : measures.weight, budget);
}
