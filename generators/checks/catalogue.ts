// The catalogue of check IDs, one file per area under areas/. Specs tag their
// tests with these IDs; waivers, `--check` and the summary table key on them.
import { AUTH_CHECKS } from './areas/auth.ts';
import { FILTER_CHECKS } from './areas/filters.ts';
import { METADATA_CHECKS } from './areas/metadata.ts';
import { OPENAPI_CHECKS } from './areas/openapi.ts';
import { ORDERING_CHECKS } from './areas/ordering.ts';
import { PAGINATION_CHECKS } from './areas/pagination.ts';
import { RESPONSE_CHECKS } from './areas/responses.ts';
import { ROBUSTNESS_CHECKS } from './areas/robustness.ts';
import { WRITE_CHECKS } from './areas/writes.ts';
import { OPERATION_CHECKS } from './areas/operations.ts';
import type { CheckDef } from './types.ts';

const ENTRIES = [
  ...OPENAPI_CHECKS,
  ...RESPONSE_CHECKS,
  ...AUTH_CHECKS,
  ...FILTER_CHECKS,
  ...ORDERING_CHECKS,
  ...PAGINATION_CHECKS,
  ...ROBUSTNESS_CHECKS,
  ...WRITE_CHECKS,
  ...OPERATION_CHECKS,
  ...METADATA_CHECKS,
];

/** Every check ID there is: a typo in a spec or a fault's caughtBy does not compile. */
export type CheckId = (typeof ENTRIES)[number]['id'];

/** One entry of the catalogue, its ID typed. */
export type CheckEntry = CheckDef & { id: CheckId };

export const CHECKS: readonly CheckEntry[] = ENTRIES;

export function isCheckId(id: string): id is CheckId {
  return CHECKS.some((check) => check.id === id);
}

export function findCheck(id: string): CheckEntry | undefined {
  return CHECKS.find((check) => check.id === id);
}
