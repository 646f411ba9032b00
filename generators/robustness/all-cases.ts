// Every family of hostile read requests for one object, for the checks that
// judge the answer itself (its body shape, its leaks) whatever the input was.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import type { RobustnessCase } from './cases.ts';
import { invalidFilterArb, invalidFilterExamples, malformedFilterArb, malformedFilterExamples } from './filter-cases.ts';
import { malformedPathArb, malformedPathExamples } from './path-cases.ts';
import {
  invalidLimitDepthArb,
  invalidLimitDepthExamples,
  malformedCursorArb,
  malformedCursorExamples,
  malformedOrderByArb,
  malformedOrderByExamples,
} from './query-cases.ts';

export interface CaseFamilyDef {
  examples: RobustnessCase[];
  arb: Arbitrary<RobustnessCase>;
}

export interface FamilyOptions {
  /** Plurals of the other objects (a singular name may not be one). */
  otherPlurals: readonly string[];
  /** False for 2024-style documents, which have no starting_after/ending_before. */
  cursors: boolean;
}

/** The families in the order their first examples should run: the commonest faults first. */
export function caseFamilies(object: CatalogueObject, options: FamilyOptions): CaseFamilyDef[] {
  const families: CaseFamilyDef[] = [
    { examples: malformedFilterExamples(object), arb: malformedFilterArb(object) },
    { examples: malformedPathExamples(object, options.otherPlurals), arb: malformedPathArb(object) },
    { examples: invalidFilterExamples(object), arb: invalidFilterArb(object) },
    { examples: malformedOrderByExamples(object), arb: malformedOrderByArb(object) },
    { examples: invalidLimitDepthExamples(object), arb: invalidLimitDepthArb(object) },
  ];
  if (options.cursors) families.push({ examples: malformedCursorExamples(object), arb: malformedCursorArb(object) });
  return families;
}

/** Examples taken round-robin across families, so a short run still touches each family once. */
export function interleavedExamples(families: readonly CaseFamilyDef[]): RobustnessCase[] {
  const out: RobustnessCase[] = [];
  const longest = Math.max(0, ...families.map((family) => family.examples.length));
  for (let index = 0; index < longest; index++) {
    for (const family of families) {
      const example = family.examples[index];
      if (example) out.push(example);
    }
  }
  return out;
}

export function anyCaseArb(families: readonly CaseFamilyDef[]): Arbitrary<RobustnessCase> {
  return fc.oneof(...families.map((family) => family.arb));
}
