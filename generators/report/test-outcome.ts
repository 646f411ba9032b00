// What the summary needs to know of one Playwright test, independent of Playwright's
// own types, so aggregation stays a pure, unit-tested function.

export interface TestOutcome {
  checkId: string;
  title: string;
  /** Playwright's final status for the test. */
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** 'failed' when the test was marked as expected to fail (a waiver). */
  expectedStatus: 'passed' | 'failed' | 'skipped' | 'timedOut' | 'interrupted';
  /** Annotations the test carries (types: ANNOTATION in generators/checks/verdicts.ts). */
  annotations: { type: string; description?: string }[];
  /** First line of the failure, when there is one. */
  error?: string;
  /** Requests the test sent. */
  requests: number;
  /** What a failed (or warned) check received and expected, from its check-failure attachment. */
  failure?: FailureEvidence;
  /** Where the test is defined, relative to the suite's root, e.g. `tests/filters.spec.ts:87`. */
  location?: string;
}

/** The evidence of one check failure, as the report shows it (already token-free). */
export interface FailureEvidence {
  /** The test's title (the check title and its subject). */
  test: string;
  received: string;
  expected: string;
  hint?: string;
  /** `[status] METHOD url` and the truncated body. */
  exchange?: string;
  /** A ready-to-run curl with `$TWENTY_API_KEY`, never the token. */
  reproducer?: string;
  /** How to replay the run: `--seed N` (and fast-check's path). */
  replay?: string;
}
