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
