// Pure: the installed tool's own proof (`twenty-conformance self-test`): which
// reference faults to run, and whether a run under a fault failed every check
// the fault declares. A broken SHOULD rule warns, so a warning counts for it.
import type { CheckLevel } from './types.ts';

export interface ProvableFault {
  name: string;
  area: string;
  caughtBy: readonly string[];
}

/** One fault per area, the first of each in catalogue order: every family of rules gets one proof. */
export function sampleFaults<F extends ProvableFault>(faults: readonly F[]): F[] {
  const seen = new Set<string>();
  return faults.filter((fault) => (seen.has(fault.area) ? false : (seen.add(fault.area), true)));
}

export interface SummaryCheck {
  id: string;
  level?: CheckLevel;
  verdict: string;
}

/** The declared checks that did not fail (or, for SHOULD, warn) in a run's summary. */
export function uncaughtBy(declared: readonly string[], checks: readonly SummaryCheck[]): string[] {
  const failing = new Set(checks.filter((check) => check.verdict === 'fail' || (check.level === 'SHOULD' && check.verdict === 'warn')).map((check) => check.id));
  return declared.filter((id) => !failing.has(id));
}
