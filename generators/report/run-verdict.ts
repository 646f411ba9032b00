// Pure: what a run concluded, in words, for every report page (HTML, Markdown,
// badge), and the small counts they share. Areas come from the checks
// themselves, in catalogue order, so a new area needs no change here.
import { VERDICT_LABEL, VERDICT_ORDER, zeroCounts, type Verdict } from '../checks/verdicts.ts';
import type { CheckSummary } from './aggregate.ts';
import type { RunSummary } from './run-summary.ts';

export type RunOutcome = 'conformant' | 'not-conformant' | 'error';

export function runOutcome(exitCode: number): RunOutcome {
  return exitCode === 0 ? 'conformant' : exitCode === 1 ? 'not-conformant' : 'error';
}

export const OUTCOME_LABEL: Record<RunOutcome, string> = {
  conformant: 'Conformant',
  'not-conformant': 'Not conformant',
  error: 'Error: no verdict',
};


/** One sentence under the verdict: why the run concluded what it did. */
export function outcomeReason(summary: RunSummary): string {
  const ids = (checks: readonly CheckSummary[]) => checks.map((check) => check.id).join(', ');
  if (summary.exitCode === 2) {
    const internal = summary.checks.filter((check) => check.verdict === 'internal-error');
    if (summary.error) return summary.error;
    if (summary.runErrors.length > 0) return `error outside any check: ${summary.runErrors[0]}`;
    if (internal.length > 0) return `the suite met an internal error in ${ids(internal)}; no failure here is the server's.`;
    return 'the run ended without a verdict.';
  }
  const failed = summary.checks.filter((check) => check.verdict === 'fail' && check.level === 'MUST');
  const inconclusive = summary.checks.filter((check) => check.verdict === 'inconclusive');
  const parts: string[] = [];
  if (failed.length > 0) parts.push(`${failed.length} MUST check${failed.length === 1 ? '' : 's'} failed: ${ids(failed)}`);
  if (summary.profile === 'gate' && inconclusive.length > 0) {
    parts.push(`${inconclusive.length} check${inconclusive.length === 1 ? ' was' : 's were'} inconclusive, which gate counts as failing: ${ids(inconclusive)}`);
  }
  if (parts.length > 0) return `${parts.join('; ')}.`;
  const must = mustCounts(summary.checks);
  if (must.passed === must.run) return `All ${must.run} MUST checks that ran passed.`;
  // Conformant with reservations: what did not pass without failing the run.
  const open = summary.checks.filter((check) => check.level === 'MUST' && check.verdict !== 'pass' && check.verdict !== 'not-run');
  const byVerdict = VERDICT_ORDER.map((verdict) => [verdict, open.filter((check) => check.verdict === verdict)] as const).filter(([, checks]) => checks.length > 0);
  return `No MUST check failed; ${must.passed} of ${must.run} passed, the others ${byVerdict.map(([verdict, checks]) => `${VERDICT_LABEL[verdict]}: ${ids(checks)}`).join('; ')}.`;
}

/** MUST checks that passed, of those that ran (a check not run for a missing optional input is left out). */
export function mustCounts(checks: readonly CheckSummary[]): { passed: number; run: number } {
  const must = checks.filter((check) => check.level === 'MUST' && check.verdict !== 'not-run');
  return { passed: must.filter((check) => check.verdict === 'pass').length, run: must.length };
}

export interface AreaCounts {
  area: string;
  counts: Record<Verdict, number>;
  total: number;
}

/** Checks per area and verdict, areas in the order the checks come (catalogue order). */
export function areaCounts(checks: readonly CheckSummary[]): AreaCounts[] {
  const areas: AreaCounts[] = [];
  for (const check of checks) {
    let entry = areas.find((candidate) => candidate.area === check.area);
    if (!entry) {
      entry = { area: check.area, counts: zeroCounts(), total: 0 };
      areas.push(entry);
    }
    entry.counts[check.verdict]++;
    entry.total++;
  }
  return areas;
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The deployment as a report names it: its base URL (never a credential) and, for the reference, its fault. */
export function deploymentLabel(target: RunSummary['target']): string {
  if (!target.embeddedReference) return target.baseUrl;
  return `${target.baseUrl} (embedded reference${target.referenceFault ? `, fault ${target.referenceFault}` : ''})`;
}

export function requestsLabel(summary: Pick<RunSummary, 'requests' | 'maxRequests'>): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return summary.maxRequests ? `${count(summary.requests)} of a budget of ${count(summary.maxRequests)}` : `${count(summary.requests)} (no budget)`;
}

/** A contract sentence in text and `code` spans (an unpaired backtick stays text), for renderers to format safely. */
export function sentenceParts(sentence: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let rest = sentence;
  for (let match = /`([^`]+)`/.exec(rest); match; match = /`([^`]+)`/.exec(rest)) {
    if (match.index > 0) parts.push({ code: false, text: rest.slice(0, match.index) });
    parts.push({ code: true, text: match[1] as string });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest.length > 0) parts.push({ code: false, text: rest });
  return parts;
}
