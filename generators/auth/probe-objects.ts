// Which objects the auth probes run on. Twenty authenticates before routing
// (contract §2.2), so one object proves the rule: smoke and install spend their
// budgets on one, the gate repeats the probes on every object to catch a route
// that escaped the check.
import type { Profile } from '../config/run-config.ts';

/** Gate: every object. Smoke and install: the single object with the largest weight (first on a tie). */
export function probeObjects<T>(objects: readonly T[], profile: Profile, weight: (object: T) => number): T[] {
  if (profile === 'gate') return [...objects];
  let best: T | undefined;
  let bestWeight = -Infinity;
  for (const object of objects) {
    const value = weight(object);
    if (value > bestWeight) {
      best = object;
      bestWeight = value;
    }
  }
  return best === undefined ? [] : [best];
}
