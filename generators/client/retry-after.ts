// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
// Anything else is treated as absent, so the caller falls back to backoff.

/** Milliseconds to wait, or undefined when the header is missing or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Bounded exponential backoff for a 429 without Retry-After: base·2^(attempt-1), capped. */
export function backoffDelayMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
