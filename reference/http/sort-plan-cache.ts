// The `sort-plan-overflow-poisons-object` fault: the list route's per-object sort
// plan keeps at most 100 order_by items in a fixed-size key array; a longer
// order_by overflows it and corrupts the object's entry, so every list of that
// object answers 500 until the entry expires. Faithfully, nothing is cached.
import type { ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';

const PLAN_KEYS = 100;
const ENTRY_TTL_MS = 10_000;
const corruptUntil = new WeakMap<ObjectDef, number>();

/** Called with the raw order_by of every list request, before it is parsed. */
export function useSortPlan(object: ObjectDef, rawOrderBy: unknown, fault: ActiveFault, now = Date.now()): void {
  if (!fault.is('sort-plan-overflow-poisons-object')) return;
  if ((corruptUntil.get(object) ?? 0) > now) throw new Error(`sort plan cache entry of ${object.nameSingular} is corrupt`);
  const items = typeof rawOrderBy === 'string' ? rawOrderBy.split(',').length : 0;
  if (items > PLAN_KEYS) corruptUntil.set(object, now + ENTRY_TTL_MS);
}
