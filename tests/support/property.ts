// fast-check properties inside checks: seeded from the run seed and the test
// title (so --seed replays every test's queries), runs from the profile, and a
// failure reported with its minimal counterexample and replay path.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { CheckFailure, Inconclusive } from './verdicts.ts';

export interface PropertyOptions<T> {
  runSeed: number;
  /** Distinguishes the properties of one run: usually the test title. */
  key: string;
  runs: number;
  /** How a counterexample reads in a report (e.g. the filter string). */
  describe: (value: T) => string;
  /** Shrinking costs requests; smoke ends on the first failure. */
  shrink: boolean;
  /** Known cases that always run first. */
  examples?: T[];
}

export function propertySeed(runSeed: number, key: string): number {
  return createHash('sha256').update(`${runSeed}:${key}`).digest().readUInt32BE(0) & 0x7fffffff;
}

export async function checkProperty<T>(arb: fc.Arbitrary<T>, body: (value: T) => Promise<void>, options: PropertyOptions<T>): Promise<void> {
  const seed = propertySeed(options.runSeed, options.key);
  const details = await fc.check(fc.asyncProperty(arb, body), {
    seed,
    numRuns: options.runs,
    endOnFailure: !options.shrink,
    ...(options.examples ? { examples: options.examples.map((example) => [example] as [T]) } : {}),
  });
  if (!details.failed) return;
  const error = details.errorInstance;
  if (error instanceof Inconclusive) throw error;
  const counterexample = details.counterexample ? options.describe(details.counterexample[0]) : '(none)';
  const where = `minimal counterexample: ${counterexample} (fast-check seed ${seed}, ${details.numShrinks} shrinks)`;
  if (error instanceof CheckFailure) {
    throw new CheckFailure({
      ...error.detail,
      hint: error.detail.hint ? `${error.detail.hint}; ${where}` : where,
      ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
    });
  }
  throw error ?? new Error(`property failed: ${where}`);
}
