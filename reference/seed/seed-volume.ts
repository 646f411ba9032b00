// How many people the reference seeds for a given maximum page: more VISIBLE people
// than the maximum (one of the 80 standard people is soft-deleted), so a server that
// honours a limit above its maximum answers a different page than one that clamps —
// whatever --max-limit says. 20 above the maximum leaves a visible margin; never fewer
// than the standard 80 that the engine's own tests are written for.
import type { Datamodel } from '../datamodel/types.ts';
import { STANDARD_PERSON_COUNT, seedDataset, type SeedDataset } from './dataset.ts';
import { generateSeed } from './generate.ts';
import type { SeedTables } from './seed-statements.ts';

/** Records per object of a generated workspace (`--datamodel`), the large object apart. */
export const GENERATED_RECORDS = 24;

export const CLAMP_MARGIN = 20;

export function personCountFor(maxLimit: number): number {
  return Math.max(STANDARD_PERSON_COUNT, maxLimit + CLAMP_MARGIN);
}

export function seedFor(maxLimit: number): SeedDataset {
  return seedDataset(personCountFor(maxLimit));
}

/** A generated workspace: every object GENERATED_RECORDS records, its richest object more than the maximum page. */
export function generatedSeedFor(model: Datamodel, maxLimit: number): SeedTables {
  return generateSeed(model, { records: GENERATED_RECORDS, largeRecords: personCountFor(maxLimit) });
}
