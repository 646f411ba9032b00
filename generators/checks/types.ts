// A check is plain data: a stable opaque id, a level, the title people read and
// the contract sentence it enforces (graphql-http audit style). The level lives in
// the title, so a report can never show a MUST under a SHOULD heading.
import type { CheckArea } from './check-areas.ts';
import type { SubjectPolicy } from '../selection/subjects.ts';

export type CheckLevel = 'MUST' | 'SHOULD';
export type Profile = 'gate' | 'install' | 'smoke';

export type CheckTitle = `${CheckLevel} ${string}`;

export interface CheckDef {
  /** `AREA-NNN`; never reused, survives rewording. */
  id: string;
  level: CheckLevel;
  title: CheckTitle;
  /** The sentence of the contract (or its section) that the check enforces. */
  sentence: string;
  area: CheckArea;
  /** Profiles whose runs include the check. Write checks are never in smoke. */
  profiles: readonly Profile[];
  /**
   * Which objects (or metadata resources) the check visits in each profile: the
   * pool, the weight that ranks it and each profile's budget. One rule for every
   * check: generators/selection/subjects.ts.
   */
  subjects: SubjectPolicy;
  /**
   * Where the check's rule lives: a pure judge (no I/O) in `generators/<area>/`,
   * exported under `judge`, with valid and invalid cases in the module's sibling
   * `.test.ts`. From a check ID to its rule is the catalogue entry, then this module.
   */
  rule: RuleRef;
}

/** A pure judge: the module (from the package root) and the name it exports. */
export interface RuleRef {
  module: `generators/${string}.ts`;
  judge: string;
}

/**
 * An area's entries, their IDs kept as literals (TypeScript's const type
 * parameter) so the catalogue can derive `CheckId`; every other field keeps the
 * type CheckDef declares.
 */
export function checkEntries<const Id extends string>(entries: readonly (CheckDef & { id: Id })[]): readonly (CheckDef & { id: Id })[] {
  return entries;
}

/** Read-only checks run in every profile. */
export const ALL_PROFILES = ['gate', 'install', 'smoke'] as const;
/** Checks that write data never run in smoke. */
export const WRITE_PROFILES = ['gate', 'install'] as const;
