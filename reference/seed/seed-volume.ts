// How many people the reference seeds for a given maximum page: more VISIBLE people
// than the maximum (one of the 80 standard people is soft-deleted), so a server that
// honours a limit above its maximum answers a different page than one that clamps —
// whatever --max-limit says. 20 above the maximum leaves a visible margin; never fewer
// than the standard 80 that the engine's own tests are written for.
import { STANDARD_PERSON_COUNT, seedDataset, type SeedDataset } from './dataset.ts';

export const CLAMP_MARGIN = 20;

export function personCountFor(maxLimit: number): number {
  return Math.max(STANDARD_PERSON_COUNT, maxLimit + CLAMP_MARGIN);
}

export function seedFor(maxLimit: number): SeedDataset {
  return seedDataset(personCountFor(maxLimit));
}
