// Writes JSON responses, and turns any thrown value into Twenty's error body
// {statusCode, error, messages:[…]} (contract §6.1) without leaking internals.
import type { ServerResponse } from 'node:http';
import { RestApiError } from '../errors.ts';
import { RateLimitedError } from '../auth/rate-limit.ts';
import { LeakedInternalError } from './internal-errors.ts';
import { isGrammarInputError } from './rest-input-error.ts';
import type { ActiveFault } from '../faults/catalogue.ts';

export interface ErrorReply {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
  /** True when the cause was unexpected and deserves a log line. */
  unexpected: boolean;
}

export const INTERNAL_ERROR_BODY = {
  statusCode: 500,
  error: 'InternalServerErrorException',
  messages: ['Internal server error'],
};

export function errorReply(error: unknown, fault?: ActiveFault): ErrorReply {
  const reply = errorReplyOf(error);
  // `error-body-status-code-as-text`: the exception filter copies the status as a string.
  if (fault?.is('error-body-status-code-as-text')) return { ...reply, body: { ...reply.body, statusCode: String(reply.status) } };
  return reply;
}

function errorReplyOf(error: unknown): ErrorReply {
  if (error instanceof RateLimitedError) {
    return {
      status: 429,
      body: { statusCode: 429, error: error.errorName, messages: [error.message], ...error.details },
      headers: error.headers,
      unexpected: false,
    };
  }
  if (error instanceof RestApiError && error.statusCode === 500) {
    // A 500 is never the client's business, whatever message it was built with.
    return { status: 500, body: INTERNAL_ERROR_BODY, headers: {}, unexpected: true };
  }
  if (error instanceof RestApiError) {
    return {
      status: error.statusCode,
      body: { statusCode: error.statusCode, error: error.errorName, messages: [error.message] },
      headers: error.headers,
      unexpected: error.statusCode >= 500,
    };
  }
  if (isGrammarInputError(error)) {
    return {
      status: 400,
      body: { statusCode: 400, error: 'BadRequestException', messages: [error.message] },
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof LeakedInternalError) {
    return {
      status: 500,
      body: { statusCode: 500, error: 'InternalServerErrorException', messages: [error.message] },
      headers: {},
      unexpected: true,
    };
  }
  return { status: 500, body: INTERNAL_ERROR_BODY, headers: {}, unexpected: true };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent || response.writableEnded) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}
