// Turns the low-level error of a failed fetch into a one-line cause and what
// to do about it. fetch (undici) throws `TypeError('fetch failed')` and keeps
// the system error, with its `code`, in `cause` (sometimes nested once more).

export interface ConnectionCause {
  code: string;
  cause: string;
  hint: string;
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_OSSL_)/;

export function findErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The message of the innermost cause, on one line (fetch's own is just "fetch failed"). */
export function innermostMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  let current: unknown = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.message !== '') message = current.message;
    current = current.cause;
  }
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

export function describeConnectionFailure(error: unknown): ConnectionCause {
  const found = findErrorCode(error);
  if (found === undefined && error instanceof TypeError && error.cause === undefined) {
    // Thrown while building the request (e.g. a header value with a newline):
    // nothing was sent, and the server is not at fault.
    return { code: 'INVALID_REQUEST', cause: `the request could not be built: ${innermostMessage(error)}`, hint: 'A header or URL value is not valid HTTP; fix the check that built it.' };
  }
  const code = found ?? 'UNKNOWN';
  if (code === 'ECONNREFUSED') {
    return { code, cause: 'connection refused', hint: 'Is Twenty running at that address? Check --base-url / TWENTY_BASE_URL and the port.' };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { code, cause: 'host name not found', hint: 'Check the host name in --base-url / TWENTY_BASE_URL and your DNS.' };
  }
  if (TLS_CODES.test(code)) {
    return { code, cause: 'TLS handshake failed', hint: 'Check the server certificate (or use http:// for a local instance without TLS).' };
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return { code, cause: 'connection closed by the server', hint: 'Check that the address serves HTTP (not HTTPS or another protocol) and that no proxy cuts the connection.' };
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { code, cause: 'host unreachable', hint: 'Check the network path to the deployment (VPN, firewall, proxy).' };
  }
  return { code, cause: `the request failed before any answer: ${innermostMessage(error)}`, hint: 'Check --base-url / TWENTY_BASE_URL and that the deployment is up.' };
}
