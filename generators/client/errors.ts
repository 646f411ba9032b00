// Typed failures of the client. A check that meets one of these could not
// run (inconclusive), which is different from a server that broke the
// contract, so callers switch on `kind` rather than on message text.
// Messages are built from already-redacted text only.

export type ClientErrorKind = 'budget-exhausted' | 'timeout' | 'connection' | 'read-only-violation' | 'gateway' | 'pacing' | 'rate-limited' | 'response-too-large';

export class ClientError extends Error {
  constructor(
    readonly kind: ClientErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

/** The run's request budget is spent; nothing was sent. */
export class BudgetExhaustedError extends ClientError {
  constructor(readonly maxRequests: number) {
    super('budget-exhausted', `request budget of ${maxRequests} spent: inconclusive (raise --max-requests to run more checks)`);
    this.name = 'BudgetExhaustedError';
  }
}

/** No complete answer arrived within the per-request timeout. */
export class RequestTimeoutError extends ClientError {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super('timeout', `${method} ${url} got no complete answer within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/** The deployment could not be reached at all. */
export class ConnectionError extends ClientError {
  constructor(
    readonly code: string,
    readonly url: string,
    readonly cause_: string,
    readonly hint: string,
  ) {
    super('connection', `cannot reach ${url}: ${cause_} (${code}). ${hint}`);
    this.name = 'ConnectionError';
  }
}

/**
 * A read kept getting 502/503/504 (a proxy or load balancer in front of the
 * deployment) after the client's retries: the API's answer is unknown.
 */
export class GatewayUnavailableError extends ClientError {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly attempts: number,
  ) {
    super('gateway', `${method} ${url} answered HTTP ${status} (gateway) on all ${attempts} attempts: the API's answer is unknown`);
    this.name = 'GatewayUnavailableError';
  }
}

/** A write was attempted by a run that promised to only read. */
export class ReadOnlyViolationError extends ClientError {
  constructor(
    readonly method: string,
    readonly url: string,
  ) {
    super('read-only-violation', `refused to send ${method} ${url}: this run is read-only (GET and HEAD only)`);
    this.name = 'ReadOnlyViolationError';
  }
}

/**
 * The deployment kept answering 429 for longer than the run could wait: the
 * check could not run (inconclusive); a rate limit is never a contract failure.
 */
export class RateLimitedError extends ClientError {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly attempts: number,
    readonly waitedMs: number,
  ) {
    super('rate-limited', `${method} ${url} was still rate limited (HTTP 429) after ${attempts} attempts and ${Math.round(waitedMs / 1000)} s of waiting`);
    this.name = 'RateLimitedError';
  }
}

/**
 * An answer larger than the run's cap (--max-response-bytes): the client stopped
 * reading it. A check that meets one fails, naming the request.
 */
export class ResponseTooLargeError extends ClientError {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly maxBytes: number,
    /** The announced Content-Length, when there was one. */
    readonly announced: number | undefined,
  ) {
    super(
      'response-too-large',
      `${method} ${url} answered HTTP ${status} with a body ${announced !== undefined ? `of ${announced} bytes (Content-Length)` : `over ${maxBytes} bytes`}, above the cap of ${maxBytes} bytes (--max-response-bytes); the client stopped reading it`,
    );
    this.name = 'ResponseTooLargeError';
  }
}
