// Pure: the progress of a run as people watch it. On a terminal one live line
// (checks done of total, requests spent of the budget, elapsed and projected
// time); in CI, where nothing can be redrawn, one line per finished area.
import type { CheckSummary } from './aggregate.ts';
import { VERDICT_LABEL, VERDICT_ORDER } from '../checks/verdicts.ts';

export interface Progress {
  checksDone: number;
  checksTotal: number;
  testsDone: number;
  testsTotal: number;
  requests: number;
  /** The run's request budget; null when unbounded. */
  budget: number | null;
  elapsedMs: number;
  /** Checks that failed so far (MUST or SHOULD), to be seen early. */
  failed: number;
}

/** m:ss, or h:mm:ss from an hour on. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * The time still to go if the remaining tests take as long as the finished ones
 * did on average; null before the first test ends. Tests, not checks: a check's
 * tests end one by one, so they measure the pace more finely.
 */
export function remainingMs(progress: Pick<Progress, 'testsDone' | 'testsTotal' | 'elapsedMs'>): number | null {
  if (progress.testsDone === 0) return null;
  return (progress.elapsedMs / progress.testsDone) * Math.max(0, progress.testsTotal - progress.testsDone);
}

const thousands = (n: number) => n.toLocaleString('en-US');

export function formatLiveLine(progress: Progress, width = 120): string {
  const left = remainingMs(progress);
  const parts = [
    `checks ${progress.checksDone}/${progress.checksTotal}`,
    `tests ${progress.testsDone}/${progress.testsTotal}`,
    progress.budget === null ? `${thousands(progress.requests)} requests` : `requests ${thousands(progress.requests)}/${thousands(progress.budget)}`,
    `${clock(progress.elapsedMs)} elapsed`,
    left === null ? 'projecting…' : `~${clock(left)} left`,
    ...(progress.failed > 0 ? [`${progress.failed} failed`] : []),
  ];
  const line = parts.join(' · ');
  return line.length > width ? `${line.slice(0, Math.max(0, width - 1))}…` : line;
}

export interface AreaDone {
  area: string;
  /** The area's checks, with the verdicts they ended with. */
  checks: readonly Pick<CheckSummary, 'id' | 'verdict'>[];
  requests: number;
  elapsedMs: number;
  /** Areas finished so far, this one included, of all areas of the run. */
  index: number;
  areas: number;
}

/** `[3/8] filters: 12 checks · 11 pass, 1 FAIL (FLT-002) · 210 requests · 0:42` */
export function formatAreaLine(done: AreaDone): string {
  const counts = VERDICT_ORDER.map((verdict) => {
    const ids = done.checks.filter((check) => check.verdict === verdict).map((check) => check.id);
    if (ids.length === 0) return undefined;
    const named = verdict === 'pass' || verdict === 'warn' || verdict === 'waived' ? '' : ` (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`;
    return `${ids.length} ${VERDICT_LABEL[verdict]}${named}`;
  }).filter((part): part is string => part !== undefined);
  return `[${done.index}/${done.areas}] ${done.area}: ${done.checks.length} check${done.checks.length === 1 ? '' : 's'} · ${counts.join(', ')} · ${thousands(done.requests)} requests · ${clock(done.elapsedMs)}`;
}
