// Which objects the auth probes run on. Authentication happens before routing,
// so one object proves the rule; smoke spends its few requests on one, the
// write-capable profiles repeat the probes on every object to catch a route that
// forgot its guard.
import type { Profile } from '../config/run-config.ts';

/** Smoke: the single object with the largest weight (first on a tie); otherwise all of them. */
export function probeObjects<T>(objects: readonly T[], profile: Profile, weight: (object: T) => number): T[] {
  if (profile !== 'smoke') return [...objects];
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
