// The lines a run prints about its pace: at the start, what the pace is and how
// long the run's requests will take at it; later, when a 429 slowed the run. Pure.
import { spacingMs, type Rate } from './pacer.ts';

export function formatDuration(ms: number): string {
  if (ms < 500) return 'under 1 s';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

function formatSpacing(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** The run-start line when a rate is known; null for an unpaced run. */
export function describePace(rate: Rate | null, maxRequests: number | null): string | null {
  if (!rate) return null;
  const spacing = spacingMs(rate);
  const window = rate.perMs % 60_000 === 0 ? `${rate.perMs / 60_000} min` : `${rate.perMs / 1000} s`;
  const head = `pacing: at most ${rate.count} requests per ${window} across the whole run (one every ${formatSpacing(spacing)})`;
  if (maxRequests === null) return `${head}; projected: ${formatDuration(1000 * spacing)} per 1,000 requests`;
  const projected = formatDuration(maxRequests * spacing);
  return `${head}; projected: ${projected.startsWith('under') ? projected : `at most ${projected}`} for the budget of ${maxRequests} requests`;
}

/** The line printed when a 429 slowed the run. */
export function describeLearnedPace(spacing: number): string {
  return `pacing: the deployment answered 429; the whole run slowed to one request every ${formatSpacing(spacing)} (about ${Math.floor(60_000 / spacing)} per minute), retrying what was refused`;
}

/** Playwright's per-test timeout: long enough for ~120 requests at the run's pace (a paced test waits its turn). */
export function testTimeoutMs(rate: Rate | null): number {
  const base = 120_000;
  return rate ? Math.max(base, Math.ceil(60_000 + 120 * spacingMs(rate))) : base;
}
