// Pure: the one home of what a check can conclude. The ways a check ends other
// than passing (the classes a spec throws), the annotation names the check
// wrapper (tests/support/define-check.ts) writes on each test and the reporters
// and report read back, and the verdicts a report shows, worst first, with their
// words. Writer and readers import these names, so they cannot drift apart.
import type { Exchange } from '../client/exchange.ts';
import type { Finding } from './finding.ts';

// --- The ways a check ends other than passing ---------------------------------
// Only CheckFailure is a contract violation; Inconclusive means the check could
// not run (graphql-http's AuditError split: "server broke the contract" vs "check
// could not run"), and NotRun that an optional input is missing. Any other error
// is the suite's own.

/** A judge's finding as the check fails with it. */
export interface FailureDetail extends Finding {
  /** The exchange that shows the failure (its curl becomes the reproducer). */
  exchange?: Exchange;
  /** fast-check replay path. */
  path?: string;
}

export class CheckFailure extends Error {
  constructor(readonly detail: FailureDetail) {
    super(`Received: ${detail.received} / Expected: ${detail.expected}`);
    this.name = 'CheckFailure';
  }
}

export class Inconclusive extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Inconclusive';
  }
}

/**
 * The check was not run because an optional input is missing (e.g. an expired
 * key); counted apart from inconclusive and never fails a run.
 */
export class NotRun extends Inconclusive {
  constructor(
    /** The input to provide, e.g. an environment variable name. */
    readonly missingInput: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'NotRun';
  }
}

export function notRun(missingInput: string, reason: string): never {
  throw new NotRun(missingInput, reason);
}

export function fail(detail: FailureDetail): never {
  throw new CheckFailure(detail);
}

export function inconclusive(reason: string): never {
  throw new Inconclusive(reason);
}

// --- Annotation names ----------------------------------------------------------

/**
 * The annotation types of a check's test. The first group describes the check
 * (static, on every test); the second records how the test ended. `epic`, `story`
 * and `feature` are the names Allure-style reporters group by.
 */
export const ANNOTATION = {
  checkId: 'check-id',
  level: 'level',
  sentence: 'sentence',
  area: 'epic',
  story: 'story',
  subject: 'feature',
  /** The waiver's reason: the test is expected to fail. */
  waived: 'waived',
  /** Requests the test sent (written by the fixtures, summed by the reporters). */
  requests: 'requests',

  notRun: 'not-run',
  inconclusive: 'inconclusive',
  internalError: 'internal-error',
  /** A SHOULD check's failure: the test passes, the report warns. */
  warn: 'warn',
  /** The test failed because the server broke the contract (not the suite). */
  checkFailure: 'check-failure',
} as const;

export type AnnotationType = (typeof ANNOTATION)[keyof typeof ANNOTATION];

// --- Verdicts ------------------------------------------------------------------

/** What a run concluded about one check, worst first: the order reports list them in. */
export const VERDICT_ORDER = ['internal-error', 'fail', 'unexpected-pass', 'inconclusive', 'not-run', 'warn', 'waived', 'pass'] as const;

export type Verdict = (typeof VERDICT_ORDER)[number];

/** The word a report page shows for a verdict. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: 'pass',
  fail: 'FAIL',
  warn: 'warn',
  inconclusive: 'inconclusive',
  'not-run': 'not run',
  waived: 'waived',
  'unexpected-pass': 'unexpected pass',
  'internal-error': 'internal error',
};

/** Verdicts that need a reader's attention; the terminal table shouts them. */
const LOUD: readonly Verdict[] = ['fail', 'inconclusive', 'unexpected-pass', 'internal-error'];

/** The word the terminal table shows: the report's word, in capitals where it needs attention. */
export function terminalLabel(verdict: Verdict): string {
  return LOUD.includes(verdict) ? VERDICT_LABEL[verdict].toUpperCase() : VERDICT_LABEL[verdict];
}

/** A count of zero for every verdict (totals, per-area counts). */
export function zeroCounts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICT_ORDER.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
}
