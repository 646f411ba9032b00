// What a recording proxy saw, judged against a promised pace. Pure.

/** The most timestamps (ms) that fall in any half-open window [t, t + windowMs). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

export interface PaceVerdict {
  ok: boolean;
  /** One line: requests, wall time, the busiest window against the promise. */
  line: string;
}

export function judgePace(name: string, exitCode: number, times: readonly number[], limit: { count: number; perMs: number }, wallMs: number): PaceVerdict {
  const busiest = maxInWindow(times, limit.perMs);
  const window = `${limit.perMs / 1000} s`;
  const problems = [
    ...(exitCode === 0 ? [] : [`exit ${exitCode}, expected 0`]),
    ...(busiest > limit.count ? [`${busiest} requests in one ${window} window, promised at most ${limit.count}`] : []),
    ...(times.length === 0 ? ['the proxy saw no request'] : []),
  ];
  const facts = `${times.length} requests in ${(wallMs / 1000).toFixed(0)} s, at most ${busiest} in any ${window} window (limit ${limit.count})`;
  return problems.length === 0 ? { ok: true, line: `${name}: ${facts}` } : { ok: false, line: `${name} FAILED: ${problems.join('; ')} — ${facts}` };
}

/** A run against a rate-limited deployment: it must learn the limit (the printed line) and finish with nothing inconclusive. */
export function judgeLearnedRun(name: string, exitCode: number, output: string, totals: Record<string, number> | undefined): PaceVerdict {
  const learned = /^pacing: the deployment answered 429; the whole run slowed to .*$/m.exec(output)?.[0];
  const problems = [
    ...(exitCode === 0 ? [] : [`exit ${exitCode}, expected 0`]),
    ...(learned ? [] : ['no 429 was learned (no "pacing: the deployment answered 429" line)']),
    ...(totals === undefined ? ['no summary.json'] : (totals.inconclusive ?? 0) > 0 ? [`${totals.inconclusive} check(s) inconclusive`] : []),
    ...((totals?.fail ?? 0) > 0 ? [`${totals?.fail} check(s) failed`] : []),
  ];
  return problems.length === 0 ? { ok: true, line: `${name}: exit 0, nothing inconclusive; ${learned?.replace(/^pacing: /, '')}` } : { ok: false, line: `${name} FAILED: ${problems.join('; ')}` };
}
