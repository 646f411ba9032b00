// Public surface of the HTTP client policy.
export { createTwentyClient, type ClientOptions, type RequestSpec, type TwentyClient } from './twenty-client.ts';
export type { AuthMode, Exchange, HttpMethod, Reproduction } from './exchange.ts';
export { BudgetExhaustedError, ClientError, ConnectionError, GatewayUnavailableError, ReadOnlyViolationError, RequestTimeoutError, type ClientErrorKind } from './errors.ts';
export { REDACTED, redact, redactHeaders } from './redact.ts';
export { toCurl, shellQuote, TOKEN_VARIABLE } from './curl.ts';
export { formatExchange, truncate, type FormatOptions } from './format-exchange.ts';
export { fetchTransport, type Transport, type TransportRequest, type TransportResponse } from './transport.ts';
export type { Rate } from './pacer.ts';
