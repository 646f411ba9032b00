// What the ordering and pagination specs share: the text policy of the target,
// the "universe" (a sampled set of records pinned with an id[in] filter so a whole ordered list fits in one page). Shared GETs go
// through memoListPage (support/list-pages.ts).
import type { Catalogue, CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { fieldPaths } from '../../../generators/fixtures/catalogue-resolver.ts';
import { printFilter } from '../../../generators/filter/grammar.ts';
import { pageLimits } from '../../../generators/pagination/limits.ts';
import type { TextPolicy } from '../../../generators/order/decidable-order.ts';
import type { SortablePath } from '../../../generators/order/order-cases.ts';
import type { RecordJson } from '../list-pages.ts';
import type { RunState } from '../../../runtime/run-state.ts';

/**
 * The embedded reference's PGlite collates text as "C"; any other target may
 * use a locale, so text order is only compared where both agree (collation.ts).
 */
export function textPolicyOf(runState: RunState): TextPolicy {
  return runState.target.embeddedReference ? 'c-collation' : 'portable';
}

export function sortablePaths(object: CatalogueObject): SortablePath[] {
  return fieldPaths(object)
    .filter((entry) => entry.sortable)
    .map((entry) => ({ path: entry.path, resolved: entry.resolved }));
}

/** The largest page the document allows (its default when it states no maximum), at least 2. */
export function pageMaximum(catalogue: Catalogue): number {
  return Math.max(2, pageLimits(catalogue).maximum);
}

export interface Universe {
  records: RecordJson[];
  /** `id[in]:[…]` selecting exactly these records. */
  filter: string;
  /** One more than the universe holds, so a complete answer is recognisable. */
  limit: number;
}

/** Up to `size` records (at most a page minus one) and the filter that pins them. */
export function universeOf(records: readonly RecordJson[], size: number, catalogue: Catalogue): Universe | undefined {
  const chosen = records.filter((record) => typeof record['id'] === 'string').slice(0, Math.min(size, pageMaximum(catalogue) - 1));
  if (chosen.length === 0) return undefined;
  return { records: chosen, filter: idFilter(chosen.map((record) => String(record['id']))), limit: chosen.length + 1 };
}

export function idFilter(ids: readonly string[]): string {
  return printFilter({ type: 'leaf', path: ['id'], comparator: 'in', value: [...ids] });
}


/**
 * Whether an object has a sortable SELECT or RATING field of two options or more:
 * what option-order checks need. Sub-fields such as ACTOR's `source` do not count,
 * since a workspace's records (and the fixtures) rarely vary them.
 */
export function hasOptionOrderedField(object: CatalogueObject): boolean {
  return object.fields.some((field) => (field.kind === 'SELECT' || field.kind === 'RATING') && field.sortable && (field.options?.length ?? 0) >= 2);
}
