// Which filter paths a check may assert on, and with which comparators, without
// reporting a false failure on a correct deployment (DESIGN §6): the oracle is only
// exact where the answer cannot depend on things the suite does not control.
import type { Comparator } from '../kinds/comparators.ts';
import type { FieldPath } from '../fixtures/catalogue-resolver.ts';
import type { ArbField } from './arbitraries.ts';
import { generableComparators } from './arbitraries.ts';
import { readPath } from './oracle.ts';

const TEXT_ORDER: readonly Comparator[] = ['gt', 'gte', 'lt', 'lte'];

export interface TargetTraits {
  /** The embedded reference orders text in the C collation, like the oracle. */
  embeddedReference: boolean;
}

/**
 * The paths and comparators whose answers the oracle knows exactly:
 * - never `deletedAt`: mentioning it makes soft-deleted rows visible (§3.4), and
 *   the sample holds none of them;
 * - off the reference, no TEXT gt/gte/lt/lte: their answer follows the database
 *   collation ('a' < 'B' on en_US, not in C);
 * - off the reference, no `is` on composite RAW_JSON sub-fields: Twenty lists them
 *   as array-null-equivalent but what `= '{}'` means on jsonb is unconfirmed.
 */
export function precisePaths(paths: readonly FieldPath[], target: TargetTraits): FieldPath[] {
  return paths
    .filter((entry) => entry.path[0] !== 'deletedAt')
    .map((entry) => ({ ...entry, comparators: entry.comparators.filter((c) => keepComparator(entry, c, target)) }))
    .filter((entry) => entry.comparators.length > 0);
}

function keepComparator(entry: FieldPath, comparator: Comparator, target: TargetTraits): boolean {
  if (target.embeddedReference) return true;
  if (entry.resolved.kind === 'TEXT' && TEXT_ORDER.includes(comparator)) return false;
  if (entry.resolved.kind === 'RAW_JSON' && entry.path.length > 1 && comparator === 'is') return false;
  return true;
}

/** The paths as arbitraries see them: each with the values the records hold there. */
export function arbFields(paths: readonly FieldPath[], records: readonly Record<string, unknown>[]): ArbField[] {
  return paths
    .map((entry) => ({
      path: entry.path,
      resolved: entry.resolved,
      comparators: entry.comparators,
      samples: records.map((record) => readPath(record, entry.path)),
    }))
    .filter((field) => generableComparators(field).length > 0);
}

/** How many (path, comparator) pairs an object offers the generators. */
export function filterableWeight(paths: readonly FieldPath[]): number {
  return arbFields(paths, []).reduce((total, field) => total + generableComparators(field).length, 0);
}


