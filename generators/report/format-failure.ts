// Pure: the text of one check failure (STYLE convention 6). First line
// `[ID LEVEL] title`, then Received / Expected, a hint, the exchange with a
// truncated body, a token-free curl, and the seed that replays the run.

export interface FailureView {
  check: { id: string; level: string; title: string };
  received: string;
  expected: string;
  hint?: string;
  /** `[status] METHOD url` plus the truncated body, already redacted. */
  exchangeText?: string;
  curl?: string;
  seed: number;
  /** fast-check's replay path, when the failure came from a property. */
  path?: string;
}

export function formatFailure(view: FailureView): string {
  const lines = [`[${view.check.id} ${view.check.level}] ${view.check.title}`, `Received: ${view.received}`, `Expected: ${view.expected}`];
  if (view.hint) lines.push(`Hint: ${view.hint}`);
  if (view.exchangeText) lines.push(view.exchangeText);
  if (view.curl) lines.push('Reproduce with:', `  ${view.curl}`);
  lines.push(`Replay: ${replayLine(view.seed, view.path)}`);
  return lines.join('\n');
}

/** How to replay a failure: the run's seed, and fast-check's path when a property failed. */
export function replayLine(seed: number, path?: string): string {
  return path ? `--seed ${seed} (fast-check path ${path})` : `--seed ${seed}`;
}
