// What a 429 teaches the run (issue 12 item 3). Twenty answers rate limits two
// ways (contract §8): the classic throttler with no Retry-After and no
// X-RateLimit-* headers, only `Limit reached (100 tokens per 60000 ms)` in the
// body; the 2026 usage-limit system with `Retry-After`, `X-RateLimit-Limit`,
// `X-RateLimit-Remaining` and `limit`/`periodCount`/`periodUnit` in the body.
// Whatever the form, the run learns a pace (the limit when it is stated, else
// half of its current pace) and a time to wait before the retry. Pure.
import { spacingMs, type Rate } from './pacer.ts';
import { backoffDelayMs, parseRetryAfter } from './retry-after.ts';

/** Twenty's default API-key limit (100 per 60 s): the first guess when a 429 states nothing and the run was unpaced. */
export const DEFAULT_GUESS: Rate = { count: 100, perMs: 60_000 };

const UNIT_MS: Record<string, number> = { ms: 1, millisecond: 1, milliseconds: 1, s: 1000, sec: 1000, second: 1000, seconds: 1000, m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000, h: 3_600_000, hour: 3_600_000, hours: 3_600_000 };

function unitMs(unit: string | undefined): number | undefined {
  return unit === undefined ? undefined : UNIT_MS[unit.toLowerCase()];
}

function positiveInt(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 1 ? number : undefined;
}

function messagesOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return typeof body === 'string' ? [body] : [];
  const record = body as Record<string, unknown>;
  const list = Array.isArray(record.messages) ? record.messages : [];
  return [...list, record.message, record.error].filter((value): value is string => typeof value === 'string');
}

/** The limit a 429 states, from its body fields, its message or its headers; undefined when it states none. */
export function statedLimit(headers: Record<string, string>, body: unknown): Rate | undefined {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  // 2026 body: limit + periodCount + periodUnit (the oldest variant: windowSeconds).
  const limit = positiveInt(record.limit) ?? positiveInt(headers['x-ratelimit-limit']);
  const periodCount = positiveInt(record.periodCount);
  const periodUnit = unitMs(typeof record.periodUnit === 'string' ? record.periodUnit : undefined);
  if (limit && periodCount && periodUnit) return { count: limit, perMs: periodCount * periodUnit };
  const windowSeconds = positiveInt(record.windowSeconds);
  if (limit && windowSeconds) return { count: limit, perMs: windowSeconds * 1000 };
  for (const message of messagesOf(body)) {
    // Classic: "Limit reached (100 tokens per 60000 ms)"; 2026: "… 3 requests per 60s."
    const match = /(\d+)\s*(?:tokens|requests|calls)\s*(?:per|\/)\s*(\d+)?\s*(ms|milliseconds?|s|sec|seconds?|m|min|minutes?|h|hours?)\b/i.exec(message);
    if (match) {
      const count = positiveInt(match[1]);
      const amount = match[2] === undefined ? 1 : Number(match[2]);
      const unit = unitMs(match[3]);
      if (count && unit && amount >= 1) return { count, perMs: amount * unit };
    }
  }
  // A limit header alone: Twenty's windows are per minute by default.
  if (limit) return { count: limit, perMs: 60_000 };
  return undefined;
}

/** When an `X-RateLimit-Reset` header says the window resets: seconds from now, or an epoch in seconds. */
export function resetWaitMs(value: string | undefined, nowMs: number): number | undefined {
  const seconds = positiveInt(value) ?? (value?.trim() === '0' ? 0 : undefined);
  if (seconds === undefined) return undefined;
  // Values past a billion are epoch seconds (GitHub style); smaller ones are a delay.
  return seconds > 1_000_000_000 ? Math.max(0, seconds * 1000 - nowMs) : seconds * 1000;
}

export interface Lesson {
  /** The pace the run adopts (never faster than the current one: the pacer keeps the slower). */
  spacingMs: number;
  /** How long this request waits before its retry. */
  waitMs: number;
  /** Human-readable: what was learned and from what. */
  learned: string;
}

export interface Answer429 {
  headers: Record<string, string>;
  body: unknown;
  now: number;
  /** The run's spacing when the 429 came (null: unpaced). */
  currentSpacingMs: number | null;
  /** 1 for the first 429 of this request, 2 for the second, … */
  attempt: number;
}

export function learnFrom429(answer: Answer429): Lesson {
  const stated = statedLimit(answer.headers, answer.body);
  const retryAfter = parseRetryAfter(answer.headers['retry-after'], answer.now) ?? resetWaitMs(answer.headers['x-ratelimit-reset'], answer.now);
  let spacing: number;
  let learned: string;
  if (stated) {
    spacing = spacingMs(stated);
    learned = `the deployment's limit: ${stated.count} requests per ${stated.perMs / 1000} s`;
  } else if (answer.currentSpacingMs === null) {
    spacing = spacingMs(DEFAULT_GUESS);
    learned = `no limit stated: assumed Twenty's default, ${DEFAULT_GUESS.count} requests per ${DEFAULT_GUESS.perMs / 1000} s`;
  } else {
    spacing = answer.currentSpacingMs * 2;
    learned = `no limit stated: pace halved`;
  }
  // The retry waits what the server said, else one slot of the learned pace, doubling on each further 429.
  const waitMs = retryAfter ?? backoffDelayMs(answer.attempt, Math.ceil(spacing), 60_000);
  return { spacingMs: spacing, waitMs, learned: `${learned}${retryAfter !== undefined ? `; retry after ${Math.ceil(retryAfter / 1000)} s` : ''}` };
}
