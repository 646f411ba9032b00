// Public surface of the HTTP client policy.
export { createTwentyClient, type ClientOptions, type RequestSpec, type TwentyClient } from './twenty-client.ts';
export type { AuthMode, Exchange, HttpMethod, Reproduction } from '../../generators/client/exchange.ts';
export { BudgetExhaustedError, ClientError, ConnectionError, GatewayUnavailableError, ReadOnlyViolationError, RequestTimeoutError, type ClientErrorKind } from '../../generators/client/errors.ts';
export { REDACTED, redact, redactHeaders } from '../../generators/client/redact.ts';
export { toCurl, shellQuote, TOKEN_VARIABLE } from '../../generators/client/curl.ts';
export { formatExchange, truncate, type FormatOptions } from '../../generators/client/format-exchange.ts';
export { fetchTransport, type Transport, type TransportRequest, type TransportResponse } from './transport.ts';
export type { Rate } from '../../generators/client/pacer.ts';
