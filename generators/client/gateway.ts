// Transient infrastructure answers: what a proxy or load balancer in front of a
// deployment says when the deployment itself is briefly unreachable. An
// idempotent read that meets one is retried, never judged. Pure.
import { spokenByTwenty } from '../errors/error-body.ts';

/** 502 Bad Gateway, 503 Service Unavailable, 504 Gateway Timeout. */
export const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Connection failures that a retry may cure (the peer reset or dropped the socket). */
export const RESET_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

export const DEFAULT_GATEWAY_RETRIES = 3;
export const DEFAULT_GATEWAY_BACKOFF_MS = 200;

export function isGatewayStatus(status: number): boolean {
  return GATEWAY_STATUSES.has(status);
}

/**
 * Whether an answer came from the infrastructure in front of the deployment, not
 * from Twenty: a 502/503/504, or any 5xx whose body is not Twenty's JSON error body
 * (an object with a numeric statusCode: an nginx HTML page, an empty body). Such an
 * answer is never the server's failure, in any check family.
 */
export function isGatewayShaped(status: number, json: unknown): boolean {
  if (isGatewayStatus(status)) return true;
  if (status < 500 || status > 599) return false;
  return !spokenByTwenty(json);
}
