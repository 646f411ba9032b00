// The single HTTP policy of a run. Every request of every check goes through
// one client so that the run as a whole keeps its promises: it never leaks
// the token, never exceeds its budget or the rate, never writes when it is
// read-only, and keeps an ordered, sanitised log for reproducers.
import { buildUrl, type QueryInput } from '../../generators/client/build-url.ts';
import { describeConnectionFailure } from '../../generators/client/connection-cause.ts';
import { BudgetExhaustedError, ConnectionError, GatewayUnavailableError, RateLimitedError, ReadOnlyViolationError, RequestTimeoutError, ResponseTooLargeError } from '../../generators/client/errors.ts';
import { DEFAULT_GATEWAY_BACKOFF_MS, DEFAULT_GATEWAY_RETRIES, isGatewayStatus, RESET_CODES } from '../../generators/client/gateway.ts';
import type { AuthMode, Exchange, Reproduction } from '../../generators/client/exchange.ts';
import { TOKEN_VARIABLE } from '../../generators/client/curl.ts';
import { localPacer, type Pacer, type Rate } from '../../generators/client/pacer.ts';
import { learnFrom429 } from '../../generators/client/rate-limit-lesson.ts';
import type { RequestLedger } from './request-ledger.ts';
import { redact, redactHeaders, secretForms } from '../../generators/client/redact.ts';
import { backoffDelayMs } from '../../generators/client/retry-after.ts';
import { BodyOverCapError, DEFAULT_MAX_RESPONSE_BYTES, fetchTransport, type Transport, type TransportResponse } from './transport.ts';

export interface ClientOptions {
  /** Deployment root; requests go to `<baseUrl>/rest<path>`. */
  baseUrl: string;
  token?: string;
  /** GET/HEAD only; anything else throws before it is sent. */
  readOnly: boolean;
  /** Requests (retries included) the run may send. */
  maxRequests?: number;
  /** The run-wide budget shared with the run's other processes; its refusal spends this client's budget too. */
  ledger?: RequestLedger;
  /** The run's pacer (run-wide: see pacing-authority.ts); without one, `rate` paces this client alone. */
  pacer?: Pacer;
  rate?: Rate;
  timeoutMs: number;
  /** Retries of one request answered 429 (each paced by what the 429 taught, each counted in the budget). */
  maxRetries429: number;
  /** Longest single wait accepted for a 429; a longer Retry-After gives up (RateLimitedError). */
  maxRetryAfterMs: number;
  /** Longest total wait for one request held back by 429s before it gives up (default: maxRetryAfterMs). */
  rateLimitPatienceMs?: number;
  /** Told what each 429 taught (once per change of pace), e.g. to print it. */
  onRateLimit?: (learned: string) => void;
  /** Answers larger than this are refused unread (default 10 MB). */
  maxResponseBytes?: number;
  /** Retries of a GET/HEAD answered 502/503/504 or cut by a connection reset (default 3). */
  maxRetriesGateway?: number;
  /** First backoff step of those retries (default 200 ms, doubling). */
  gatewayBackoffMs?: number;
  transport?: Transport;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RequestSpec {
  method: string;
  /** Relative to `<baseUrl>/rest`, e.g. `/companies`. */
  path: string;
  query?: QueryInput;
  headers?: Record<string, string>;
  /** A string is sent as is (for malformed JSON); anything else is JSON-encoded. */
  body?: unknown;
  auth?: AuthMode;
  /**
   * A write-route probe that writes nothing whatever the server does with its
   * credential (an empty batch, a malformed or non-object body): retried after a
   * gateway answer or a reset like a read.
   */
  safe?: boolean;
}

export interface TwentyClient {
  readonly baseUrl: string;
  readonly readOnly: boolean;
  request(spec: RequestSpec): Promise<Exchange>;
  /** Registers another value to hide everywhere (e.g. an expired or tampered token). */
  addSecret(value: string, label?: string): void;
  /** Every attempt so far, in order, sanitised. */
  exchanges(): readonly Exchange[];
  /** HTTP requests actually sent (retries included). */
  requestCount(): number;
  /** Hides every registered secret in `text`. */
  redact(text: string): string;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createTwentyClient(options: ClientOptions): TwentyClient {
  const transport = options.transport ?? fetchTransport;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const pacer = options.pacer ?? localPacer(options.rate ?? null, now, sleep);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const token = options.token !== undefined && options.token !== '' ? options.token : undefined;
  // Secret value → placeholder used in curl reproducers.
  const placeholders = new Map<string, string>();
  if (token !== undefined) placeholders.set(token, TOKEN_VARIABLE);
  const log: Exchange[] = [];
  let sent = 0;

  const secrets = () => [...placeholders.keys()];
  const hide = (text: string) => redact(text, secrets());

  /** Secrets as shell placeholders instead of [REDACTED], for curl. */
  const toPlaceholders = (text: string): string => {
    const pairs = [...placeholders].flatMap(([secret, placeholder]) => secretForms(secret).map((form) => [form, placeholder] as const));
    pairs.sort((a, b) => b[0].length - a[0].length);
    let out = text;
    for (const [form, placeholder] of pairs) out = out.split(form).join(placeholder);
    return out;
  };

  async function send(method: string, url: string, headers: Record<string, string>, body: string | undefined): Promise<{ response: TransportResponse; startedAt: number }> {
    if (options.maxRequests !== undefined && sent >= options.maxRequests) throw new BudgetExhaustedError(options.maxRequests);
    if (options.ledger && !options.ledger.take()) throw new BudgetExhaustedError(options.maxRequests ?? sent);
    // Reserve the slot before waiting, so concurrent requests cannot overrun the budget.
    sent++;
    const markSent = await pacer.acquire();
    const startedAt = now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const answer = transport({ method, url, headers, body, signal: controller.signal, maxBytes: maxResponseBytes });
      // The request is on its way: the run's next slot counts from now.
      markSent();
      const response = await answer;
      return { response, startedAt };
    } catch (error) {
      if (error instanceof BodyOverCapError) throw new ResponseTooLargeError(method, hide(url), error.status, maxResponseBytes, error.announced);
      if (controller.signal.aborted) throw new RequestTimeoutError(method, hide(url), options.timeoutMs);
      const failure = describeConnectionFailure(error);
      throw new ConnectionError(failure.code, hide(url), hide(failure.cause), failure.hint);
    } finally {
      clearTimeout(timer);
    }
  }

  async function request(spec: RequestSpec): Promise<Exchange> {
    const method = spec.method.toUpperCase();
    const auth = spec.auth ?? 'header';
    const queryToken = typeof auth === 'object' && 'queryToken' in auth && token !== undefined;
    const url = buildUrl(options.baseUrl, spec.path, spec.query, queryToken && token !== undefined ? [['token', token]] : []);
    if (options.readOnly && !READ_METHODS.has(method)) throw new ReadOnlyViolationError(method, hide(url));

    const given = spec.headers ?? {};
    const hasHeader = (name: string) => Object.keys(given).some((key) => key.toLowerCase() === name);
    const headers: Record<string, string> = { ...(hasHeader('accept') ? {} : { Accept: 'application/json' }), ...given };
    let credential: Exchange['credential'] = 'none';
    if (auth === 'header' && token !== undefined) {
      headers.Authorization = `Bearer ${token}`;
      credential = 'api-key';
    } else if (typeof auth === 'object' && 'header' in auth) {
      headers.Authorization = auth.header;
      credential = 'custom-header';
    } else if (queryToken) {
      credential = 'query-token';
    }
    const body = spec.body === undefined ? undefined : typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
    const reproduction: Reproduction = {
      url: toPlaceholders(url),
      headers: Object.entries(headers)
        .filter(([name]) => name !== 'Accept')
        .map(([name, value]): [string, string] => [name, toPlaceholders(value)]),
      body: body === undefined ? undefined : toPlaceholders(body),
    };

    const retryCap = Math.max(0, options.maxRetries429);
    // Only reads and safe probes are retried after a gateway answer or a reset: a write may have happened.
    const gatewayCap = READ_METHODS.has(method) || spec.safe === true ? Math.max(0, options.maxRetriesGateway ?? DEFAULT_GATEWAY_RETRIES) : 0;
    const gatewayBackoff = (retry: number) => backoffDelayMs(retry, options.gatewayBackoffMs ?? DEFAULT_GATEWAY_BACKOFF_MS, 5_000);
    let gatewayRetries = 0;
    let retries429 = 0;
    const patienceMs = options.rateLimitPatienceMs ?? options.maxRetryAfterMs;
    const firstSentAt = now();
    for (let attempt = 1; ; attempt++) {
      let sentAttempt;
      try {
        // Every attempt goes through send(), so each one is paced and counted in the budget.
        sentAttempt = await send(method, url, headers, body);
      } catch (error) {
        if (error instanceof ConnectionError && RESET_CODES.has(error.code) && gatewayRetries < gatewayCap) {
          gatewayRetries++;
          await sleep(gatewayBackoff(gatewayRetries));
          continue;
        }
        throw error;
      }
      const { response, startedAt } = sentAttempt;
      if (gatewayCap > 0 && isGatewayStatus(response.status)) {
        record(method, url, headers, body, response, startedAt, attempt, false, credential, reproduction);
        if (gatewayRetries >= gatewayCap) throw new GatewayUnavailableError(method, hide(url), response.status, attempt);
        gatewayRetries++;
        await sleep(gatewayBackoff(gatewayRetries));
        continue;
      }
      if (response.status !== 429) return record(method, url, headers, body, response, startedAt, attempt, false, credential, reproduction);
      // A 429 is never the answer: learn the deployment's pace, slow the whole run to it, wait, retry.
      retries429++;
      const lesson = learnFrom429({ headers: response.headers, body: parseJson(response.body), now: now(), currentSpacingMs: pacer.spacingMs(), attempt: retries429 });
      const waitedMs = now() - firstSentAt;
      const givingUp = retries429 > retryCap || lesson.waitMs > options.maxRetryAfterMs || waitedMs + lesson.waitMs > patienceMs;
      record(method, url, headers, body, response, startedAt, attempt, givingUp, credential, reproduction);
      const before = pacer.spacingMs();
      pacer.learn({ spacingMs: lesson.spacingMs, notBefore: now() + lesson.waitMs });
      if (pacer.spacingMs() !== before) options.onRateLimit?.(lesson.learned);
      if (givingUp) throw new RateLimitedError(method, hide(url), attempt, waitedMs);
      // The pacer holds every request of the run (this retry included) until the wait is over.
    }
  }

  function record(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
    response: TransportResponse,
    startedAt: number,
    attempt: number,
    rateLimited: boolean,
    credential: Exchange['credential'],
    reproduction: Reproduction,
  ): Exchange {
    const responseBody = hide(response.body);
    const responseHeaders = redactHeaders(response.headers, secrets());
    const responseEchoedSecret = responseBody !== response.body || Object.entries(responseHeaders).some(([name, value]) => response.headers[name] !== value);
    const json = parseJson(responseBody);
    const exchange: Exchange = {
      id: log.length + 1,
      method,
      url: hide(url),
      requestHeaders: redactHeaders(headers, secrets()),
      requestBody: body === undefined ? undefined : hide(body),
      status: response.status,
      responseHeaders,
      responseBody,
      json,
      durationMs: Math.max(0, now() - startedAt),
      startedAt: new Date(startedAt).toISOString(),
      attempt,
      rateLimited,
      responseEchoedSecret,
      credential,
      reproduction,
    };
    log.push(exchange);
    return exchange;
  }

  return {
    baseUrl: options.baseUrl,
    readOnly: options.readOnly,
    request,
    addSecret(value, label = 'secret') {
      if (value !== '' && !placeholders.has(value)) placeholders.set(value, `<${label}>`);
    },
    exchanges: () => [...log],
    requestCount: () => sent,
    redact: hide,
  };
}
