// The subjects a check visits in this run: its entry's policy (generators/checks/
// areas/*.ts, `subjects:`) applied to this run's pool. The rule is
// generators/selection/subjects.ts; this file only reads the run state.
import { findCheck, type CheckId } from '../../generators/checks/catalogue.ts';
import { creationOrder } from '../../generators/fixtures/design.ts';
import type { CatalogueObject } from '../../generators/openapi/catalogue-types.ts';
import { objectMeasures, resourceMeasures } from '../../generators/selection/object-measures.ts';
import { chooseSubjects, type SubjectPolicy } from '../../generators/selection/subjects.ts';
import { loadRunState, type RunState } from '../../runtime/run-state.ts';

function policyOf(id: CheckId): SubjectPolicy {
  const entry = findCheck(id);
  if (!entry) throw new Error(`unknown check id ${id}: add it to generators/checks/catalogue.ts`);
  return entry.subjects;
}

function objectPool(policy: SubjectPolicy, state: RunState): readonly CatalogueObject[] {
  const { pool } = policy;
  if (pool === 'described objects') return state.catalogue.objects;
  // Install reads where it wrote (so its objects have data whatever the workspace holds,
  // and its budget goes where it writes); the other profiles read every described object.
  if (pool === 'read objects') return state.config.profile === 'install' && state.writePlan?.objects.length ? state.catalogue.objects.filter((object) => state.writePlan!.objects.includes(object.plural)) : state.catalogue.objects;
  if (pool === 'written objects') return state.fixtures ? creationOrder(state.catalogue, state.writePlan?.objects) : [];
  if (pool === 'written or described objects') return state.fixtures ? creationOrder(state.catalogue, state.writePlan?.objects) : state.catalogue.objects;
  if (pool.startsWith('subjects of ')) return subjectObjects(pool.slice('subjects of '.length) as CheckId, state);
  throw new Error(`the subject pool '${pool}' holds no catalogue objects`);
}

/**
 * The objects check `id` visits in this run, in pool order. `eligible` narrows the
 * pool first (a check about one kind of field visits objects that have one,
 * however many objects the workspace has).
 */
export function subjectObjects(id: CheckId, state: RunState = loadRunState(), eligible: (object: CatalogueObject) => boolean = () => true): CatalogueObject[] {
  const policy = policyOf(id);
  const pool = objectPool(policy, state).filter(eligible);
  return chooseSubjects(policy, state.config.profile, pool, objectMeasures(policy.weight, state.target));
}

/** The metadata resources check `id` visits in this run, in the document's order. */
export function subjectResources<T extends { name: string }>(id: CheckId, resources: readonly T[], state: RunState = loadRunState()): T[] {
  const policy = policyOf(id);
  return chooseSubjects(policy, state.config.profile, resources, resourceMeasures(policy.weight));
}
