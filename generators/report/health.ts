// Pure: whether the first data answers of a deployment say it is unhealthy (every
// one a server error, a timeout or a dropped connection) rather than that it
// breaks the contract. Such a run would report dozens of MUST failures that are
// all one outage, so it stops with one line instead.

export type ProbeAnswer = { path: string; status: number } | { path: string; error: string };

/** The one-line reason when every probe failed on the server's side; null when any answered. */
export function unhealthyReason(baseUrl: string, answers: readonly ProbeAnswer[]): string | null {
  if (answers.length === 0) return null;
  const bad = answers.every((answer) => 'error' in answer || answer.status >= 500);
  if (!bad) return null;
  const seen = answers.map((answer) => ('error' in answer ? `${answer.path} → ${answer.error}` : `${answer.path} → HTTP ${answer.status}`));
  return (
    `${baseUrl} answered none of ${answers.length} data request(s) without a server error (${seen.join('; ')}): ` +
    'the deployment looks unhealthy (database down?), so no check would say anything about its API. Fix it and run again.'
  );
}
