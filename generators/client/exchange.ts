// The record of one HTTP attempt, already sanitised: the only form in which
// requests and answers leave the client (logs, reports, reproducers).

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS';

/**
 * Which credential a request carries. Auth checks send deliberately wrong ones
 * through the same policy, so they are still paced, counted and redacted.
 * - 'header': `Authorization: Bearer <token>` (the default)
 * - 'none': no credential at all
 * - { header }: this exact Authorization value (e.g. an expired token, `Bearer: <token>`)
 * - { queryToken: true }: the token in `?token=` and no header
 */
export type AuthMode = 'header' | 'none' | { header: string } | { queryToken: true };

/** What the curl reproducer needs, with secrets as shell placeholders instead of values. */
export interface Reproduction {
  url: string;
  headers: Array<[string, string]>;
  body: string | undefined;
}

export interface Exchange {
  /** 1-based position in the client's log. */
  id: number;
  method: string;
  /** Full URL, redacted. */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: string | undefined;
  status: number;
  responseHeaders: Record<string, string>;
  /** Response text, redacted. */
  responseBody: string;
  /** Parsed (redacted) body, or undefined when it is not JSON. */
  json: unknown;
  durationMs: number;
  /** ISO timestamp of the send. */
  startedAt: string;
  /** 1 for the first try, 2+ for retries (after a 429, a gateway 5xx or a reset). */
  attempt: number;
  /** True when the client stopped retrying a 429 (limits exceeded). */
  rateLimited: boolean;
  /**
   * True when the raw response (body or headers) contained a registered
   * secret before redaction: a server that echoes credentials is itself a
   * finding, and redaction would otherwise hide the evidence.
   */
  responseEchoedSecret: boolean;
  /** How the request was authenticated (no value, only the mode). */
  credential: 'api-key' | 'none' | 'custom-header' | 'query-token';
  reproduction: Reproduction;
}
