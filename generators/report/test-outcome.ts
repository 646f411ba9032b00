// What the summary needs to know of one Playwright test, independent of Playwright's
// own types, so aggregation stays a pure, unit-tested function.

export interface TestOutcome {
  checkId: string;
  title: string;
  /** Playwright's final status for the test. */
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** 'failed' when the test was marked as expected to fail (a waiver). */
  expectedStatus: 'passed' | 'failed' | 'skipped' | 'timedOut' | 'interrupted';
  /** Annotation types the spec recorded: 'warn', 'inconclusive', 'waived'. */
  annotations: { type: string; description?: string }[];
  /** First line of the failure, when there is one. */
  error?: string;
  /** Requests the test sent. */
  requests: number;
}
