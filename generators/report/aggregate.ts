// Pure: test outcomes → one verdict per check ID, totals and the exit code.
import type { CheckDef } from '../checks/types.ts';
import { ANNOTATION, VERDICT_ORDER, zeroCounts, type AnnotationType, type Verdict } from '../checks/verdicts.ts';
import { contractSources } from './contract-sources.ts';
import type { FailureEvidence, TestOutcome } from './test-outcome.ts';

export interface CheckSummary {
  id: string;
  level: CheckDef['level'];
  title: string;
  area: string;
  verdict: Verdict;
  tests: { passed: number; failed: number; skipped: number };
  reasons: string[];
  waiver?: string;
  /** The contract sentence the check enforces, and the § sources it cites. */
  sentence?: string;
  sources?: string[];
  /** Received vs expected and the reproducer of its failed or warned tests (at most FAILURES_KEPT). */
  failures?: FailureEvidence[];
  /** Where its tests are defined (spec file and line). */
  locations?: string[];
}

/** A report shows a few failures of a check in full; the reasons list names them all (up to 20). */
export const FAILURES_KEPT = 5;

export type Totals = Record<Verdict, number>;

/**
 * The verdict of a check from the verdicts of its tests (one per subject): the
 * worst of them (VERDICT_ORDER is worst first), except that a subject not run
 * says nothing about the others. A check that passed on 29 objects and was not
 * run on a 30th passed (its not-run reasons are still listed); only a check none
 * of whose subjects ran is not run.
 */
export function checkVerdict(verdicts: readonly Verdict[]): Verdict {
  const ran: readonly Verdict[] = verdicts.filter((verdict) => verdict !== 'not-run');
  if (ran.length === 0) return verdicts.length === 0 ? 'pass' : 'not-run';
  return VERDICT_ORDER.find((candidate) => ran.includes(candidate)) ?? 'pass';
}

/**
 * Only a test that recorded a check failure failed its check. A test that failed
 * any other way (an exception of the suite, a timeout, a crashed fixture), and a
 * skipped test without a verdict annotation, is an internal error: it proves
 * nothing about the server, either way.
 */
function testVerdict(outcome: TestOutcome): Verdict {
  const has = (type: AnnotationType) => outcome.annotations.some((annotation) => annotation.type === type);
  const waived = outcome.expectedStatus === 'failed';
  if (outcome.status === 'skipped') {
    if (has(ANNOTATION.notRun)) return 'not-run';
    return has(ANNOTATION.inconclusive) ? 'inconclusive' : 'internal-error';
  }
  const failed = outcome.status !== 'passed';
  if (failed && !has(ANNOTATION.checkFailure)) return 'internal-error';
  if (waived) return failed ? 'waived' : 'unexpected-pass';
  if (failed) return 'fail';
  return has(ANNOTATION.warn) ? 'warn' : 'pass';
}

function reasonOf(outcome: TestOutcome, verdict: Verdict): string | undefined {
  const annotation = (type: AnnotationType) => outcome.annotations.find((item) => item.type === type)?.description;
  switch (verdict) {
    case 'fail':
    case 'waived':
      return `${outcome.title}: ${outcome.error ?? 'failed'}`;
    case 'warn':
      return `${outcome.title}: ${annotation(ANNOTATION.warn) ?? 'warning'}`;
    case 'inconclusive':
      return `${outcome.title}: ${annotation(ANNOTATION.inconclusive) ?? 'could not run'}`;
    case 'not-run':
      return `${outcome.title}: not run: ${annotation(ANNOTATION.notRun) ?? 'an optional input is missing'}`;
    case 'internal-error':
      return `${outcome.title}: internal error of the suite: ${annotation(ANNOTATION.internalError) ?? outcome.error ?? (outcome.status === 'skipped' ? 'skipped without a verdict' : outcome.status)}`;
    case 'unexpected-pass':
      return `${outcome.title}: passed although waived — remove the waiver`;
    default:
      return undefined;
  }
}

/** Verdicts whose tests carry received/expected evidence. */
const WITH_EVIDENCE: readonly Verdict[] = ['fail', 'waived', 'warn'];

export function summariseChecks(
  checks: readonly CheckDef[],
  outcomes: readonly TestOutcome[],
  waivers: ReadonlyMap<string, string> = new Map(),
): CheckSummary[] {
  const byCheck = new Map<string, TestOutcome[]>();
  for (const outcome of outcomes) byCheck.set(outcome.checkId, [...(byCheck.get(outcome.checkId) ?? []), outcome]);

  const summaries: CheckSummary[] = [];
  for (const check of checks) {
    const tests = byCheck.get(check.id);
    if (!tests) continue; // not selected or not in this shard
    const verdicts = tests.map(testVerdict);
    const verdict = checkVerdict(verdicts);
    const reasons = tests
      .map((outcome, index) => reasonOf(outcome, verdicts[index] as Verdict))
      .filter((reason): reason is string => reason !== undefined);
    const summary: CheckSummary = {
      id: check.id,
      level: check.level,
      title: check.title,
      area: check.area,
      verdict,
      tests: {
        passed: tests.filter((outcome) => outcome.status === 'passed').length,
        failed: tests.filter((outcome) => outcome.status !== 'passed' && outcome.status !== 'skipped').length,
        skipped: tests.filter((outcome) => outcome.status === 'skipped').length,
      },
      reasons: [...new Set(reasons)].slice(0, 20),
    };
    const waiver = waivers.get(check.id);
    if (waiver !== undefined) summary.waiver = waiver;
    summary.sentence = check.sentence;
    summary.sources = contractSources(check.sentence);
    const failures = tests
      .filter((outcome, index) => outcome.failure !== undefined && WITH_EVIDENCE.includes(verdicts[index] as Verdict))
      .map((outcome) => outcome.failure as FailureEvidence)
      .slice(0, FAILURES_KEPT);
    if (failures.length > 0) summary.failures = failures;
    const locations = [...new Set(tests.map((outcome) => outcome.location).filter((location): location is string => Boolean(location)))];
    if (locations.length > 0) summary.locations = locations.slice(0, 10);
    summaries.push(summary);
  }
  return summaries;
}

export function totalsOf(summaries: readonly CheckSummary[]): Totals {
  const totals: Totals = zeroCounts();
  for (const summary of summaries) totals[summary.verdict]++;
  return totals;
}

/**
 * DESIGN §5: 0 conformant (no MUST failed, nothing inconclusive in gate), 1 not,
 * 2 when a check met an internal error (the run proves nothing). A SHOULD check
 * never fails a run; an unexpected pass is reported, not fatal; a check not run
 * for a missing optional input is reported apart and fails nothing.
 */
export function exitCodeOf(summaries: readonly CheckSummary[], profile: string): 0 | 1 | 2 {
  if (summaries.some((summary) => summary.verdict === 'internal-error')) return 2;
  const failed = summaries.some((summary) => summary.verdict === 'fail' && summary.level === 'MUST');
  const inconclusive = profile === 'gate' && summaries.some((summary) => summary.verdict === 'inconclusive');
  return failed || inconclusive ? 1 : 0;
}
