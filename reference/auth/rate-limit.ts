// Optional per-workspace rate limiting: a continuously refilled token bucket
// (contract §8.1 semantics: `limit` tokens per `windowMs`, refill = elapsed ×
// limit / window), answered as one of Twenty's two systems:
// - `2026` (default): the usage-limit system's 429 body with Retry-After and
//   X-RateLimit-* headers (§8.2);
// - `classic`: the token-bucket throttler of the query runner, 429
//   {"error":"HttpException","messages":["Limit reached (N tokens per W ms)"]}
//   and no Retry-After or X-RateLimit-* header (§8.1).
// Every request counts one token: a batch of 200 records is one request.
import { RestApiError } from '../errors.ts';

export const RATE_LIMIT_STYLES = ['2026', 'classic'] as const;
export type RateLimitStyle = (typeof RATE_LIMIT_STYLES)[number];

/** Twenty's default API-key limit: API_RATE_LIMITING_LONG_LIMIT 100 per API_RATE_LIMITING_LONG_TTL_IN_MS 60000. */
export const TWENTY_DEFAULT_RATE_LIMIT = { limit: 100, windowMs: 60_000 } as const;

export interface RateLimitConfig {
  limit: number;
  windowMs: number;
  /** How a refusal is answered (default `2026`). */
  style?: RateLimitStyle;
}

/** The classic throttler's refusal: a bare HttpException, no retry hints. */
export const classicLimitReached = (limit: number, windowMs: number) => new RestApiError(429, 'HttpException', `Limit reached (${limit} tokens per ${windowMs} ms)`);

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimitDetails {
  limitKind: 'speed';
  scope: { spenderType: 'apiKey'; spenderId: string };
  limit: number;
  remaining: number;
  periodCount: number;
  periodUnit: 'second';
  retryAfterSeconds: number;
}

/** A 429 whose body carries the usage-limit details beside the usual fields. */
export class RateLimitedError extends RestApiError {
  constructor(readonly details: RateLimitDetails) {
    super(
      429,
      'RATE_LIMITED',
      `Rate limit exceeded for apiKey: ${details.limit} requests per ${details.periodCount}s.`,
      {
        'Retry-After': String(details.retryAfterSeconds),
        'X-RateLimit-Limit': String(details.limit),
        'X-RateLimit-Remaining': String(details.remaining),
      },
    );
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for the workspace or throws RateLimitedError. */
  consume(workspaceId: string, spenderId: string): void {
    const { limit, windowMs } = this.config;
    const now = this.now();
    const bucket = this.buckets.get(workspaceId) ?? { tokens: limit, updatedAt: now };
    const refilled = Math.min(limit, bucket.tokens + ((now - bucket.updatedAt) * limit) / windowMs);
    if (refilled < 1) {
      this.buckets.set(workspaceId, { tokens: refilled, updatedAt: now });
      if (this.config.style === 'classic') throw classicLimitReached(limit, windowMs);
      const msUntilOneToken = ((1 - refilled) * windowMs) / limit;
      throw new RateLimitedError({
        limitKind: 'speed',
        scope: { spenderType: 'apiKey', spenderId },
        limit,
        remaining: 0,
        periodCount: Math.max(1, Math.round(windowMs / 1000)),
        periodUnit: 'second',
        retryAfterSeconds: Math.max(1, Math.ceil(msUntilOneToken / 1000)),
      });
    }
    this.buckets.set(workspaceId, { tokens: refilled - 1, updatedAt: now });
  }
}

/** Parses the CLI form `N/Ws` (e.g. `100/60s`); returns null when malformed. */
export function parseRateLimit(text: string): RateLimitConfig | null {
  const match = /^(\d+)\/(\d+)s$/.exec(text);
  if (!match) return null;
  const limit = Number(match[1]);
  const seconds = Number(match[2]);
  if (!Number.isSafeInteger(limit) || limit < 1 || !Number.isSafeInteger(seconds) || seconds < 1) return null;
  return { limit, windowMs: seconds * 1000 };
}
