// The reference deployment's HTTP layer: a plain node:http server with a small
// router. Order per request (contract §2.2): size limits → public OpenAPI
// routes → auth (before any routing or validation) → rate limit → routes.
// Every failure becomes a JSON error body; nothing a client sends can crash it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Datamodel } from '../datamodel/types.ts';
import type { RecordEngine } from '../engine/types.ts';
import { RestApiError, notFound } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { authenticate, tryAuthenticate, tryQueryToken, type TokenSources } from '../auth/authenticate.ts';
import { RateLimiter, type RateLimitConfig } from '../auth/rate-limit.ts';
import { authError, type VerifyContext } from '../auth/verify-token.ts';
import { checkBatchBody } from '../engine/writes.ts';
import { baseDocument, fullCoreDocument } from '../openapi/core-document.ts';
import { fullMetadataDocument } from '../openapi/metadata-document.ts';
import { handleCoreRequest, type Reply } from './core-routes.ts';
import { createMetadataStore } from '../metadata/store.ts';
import { LEGACY_ALIASES, handleLegacyAlias, handleMetadataRequest } from './metadata-routes.ts';
import { parseQueryString, type ParsedQuery } from './query-string.ts';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './read-body.ts';
import { errorReply, sendJson } from './respond.ts';
import { OPEN_GUARD, writeGuard } from '../realism/write-guard.ts';
import { FULL_ROLE, hideUnreadableInEnvelope, roleRefusal, type ApiKeyRole } from '../realism/api-key-roles.ts';
import { EventLog, NO_SUBSCRIPTIONS } from '../realism/event-log.ts';

export interface ReferenceServerOptions {
  engine: RecordEngine;
  model: Datamodel;
  fault: ActiveFault;
  secret: Uint8Array;
  workspaceId: string;
  maxLimit: number;
  defaultLimit?: number;
  rateLimit?: RateLimitConfig;
  maxBodyBytes?: number;
  maxUrlBytes?: number;
  /** Longest time one request may take before it is answered with a 503. */
  handlerTimeoutMs?: number;
  /** Real-workspace write refusals (object hooks); default on. `false` lets every write through. */
  realWorkspace?: boolean;
  /** The record of events committed writes emit (default: a fresh one for the model's subscriptions). */
  events?: EventLog;
  /** Roles of API keys by key id (jti); a key not listed has full access. */
  keyRoles?: ReadonlyMap<string, ApiKeyRole>;
  /** Where unexpected failures are reported (never with a token). */
  log?: (line: string) => void;
}

export const DEFAULT_MAX_URL_BYTES = 16 * 1024;

/** GET: {subscriptions, events} — what every committed write emitted (realism/event-log.ts). */
export const EVENTS_ROUTE = '/_reference/events';

const OPEN_API_ROUTE = /^\/(?:rest\/)?open-api\/(core|metadata)\/?$/;
/** /rest/{plural}/{id}: the get-one route (not batch, metadata or restore). */
const ONE_RECORD_ROUTE = /^\/rest\/(?!batch\/|metadata\/)[^/]+\/[^/]+\/?$/;

/** protocol://host of the request, for the document's `servers` entry. */
function requestOrigin(request: IncomingMessage, fallbackHost: string): string {
  const host = request.headers.host;
  const safeHost = typeof host === 'string' && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : fallbackHost;
  return `http://${safeHost}`;
}

function timeoutAfter(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RestApiError(503, 'ServiceUnavailableException', 'Request timed out')), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export function createReferenceServer(options: ReferenceServerOptions): Server {
  const limits = { defaultLimit: options.defaultLimit ?? 60, maxLimit: options.maxLimit };
  const maxUrlBytes = options.maxUrlBytes ?? DEFAULT_MAX_URL_BYTES;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
  const verifyContext: VerifyContext = { secret: options.secret, workspaceId: options.workspaceId, fault: options.fault };
  const coreContext = { engine: options.engine, model: options.model, fault: options.fault, limits };
  const metadataStore = options.engine.database ? createMetadataStore(options.engine.database, options.model, options.fault) : null;
  const fault = options.fault;
  const events = options.events ?? new EventLog(options.model.subscriptions ?? NO_SUBSCRIPTIONS);
  const guardFor = (role: ApiKeyRole) =>
    options.realWorkspace === false ? OPEN_GUARD : writeGuard({ fault: options.fault, events, keyRefusal: (attempt) => roleRefusal(role, attempt) });
  /** The object a /rest/[batch/]<plural>… path names, for hiding fields a role may not read. */
  const objectOfPath = (pathname: string) => {
    const plural = /^\/rest\/(?:batch\/)?([^/]+)/.exec(pathname)?.[1];
    return options.model.objects.find((object) => object.namePlural === plural);
  };

  async function route(request: IncomingMessage, pathname: string, query: ParsedQuery): Promise<Reply> {
    const method = (request.method ?? 'GET').toUpperCase();
    const tokens: TokenSources = { authorization: request.headers.authorization, queryToken: query['token'] };
    const isMetadataPath = pathname === '/rest/metadata' || pathname.startsWith('/rest/metadata/');
    if (isMetadataPath && fault.is('metadata-query-token-accepted') && tokens.authorization === undefined && typeof query['token'] === 'string') {
      tokens.authorization = `Bearer ${query['token']}`;
    }

    const openApi = OPEN_API_ROUTE.exec(pathname);
    const aliasMissing = fault.is('metadata-openapi-alias-missing') && pathname.startsWith('/open-api/metadata');
    if (openApi && method === 'GET' && !aliasMissing) {
      const origin = requestOrigin(request, 'localhost');
      // Under `openapi-reads-query-token-only` the route reads ?token= only, the era-A way.
      const key = options.fault.is('openapi-reads-query-token-only')
        ? await tryQueryToken(query['token'], verifyContext)
        : await tryAuthenticate(tokens, verifyContext);
      const kind = openApi[1] === 'metadata' ? 'metadata' : 'core';
      if (key === null) return { status: 200, body: baseDocument(kind, origin) };
      return {
        status: 200,
        body: kind === 'core' ? fullCoreDocument(options.model, origin, limits, options.fault) : fullMetadataDocument(origin, fault),
      };
    }

    // The reference's own event record, outside /rest (no Twenty route): any valid key reads it, unthrottled.
    if (pathname === EVENTS_ROUTE && method === 'GET') {
      await authenticate(tokens, verifyContext);
      return { status: 200, body: { subscriptions: events.subscriptions, events: events.events() } };
    }

    if (pathname !== '/rest' && !pathname.startsWith('/rest/')) throw notFound(`Cannot ${method} ${pathname}`);

    let body: Promise<unknown> | undefined;
    const readBody = () => (body ??= readJsonBody(request, maxBodyBytes));
    // `batch-body-validated-before-auth`: the batch routes' body pipe runs before the guard.
    if (options.fault.is('batch-body-validated-before-auth') && method === 'POST' && pathname.startsWith('/rest/batch/')) checkBatchBody(await readBody());

    const key = await authenticate(tokens, verifyContext);
    // `one-route-requires-user-token`: the get-one route's guard wants a user access token, never an API key.
    if (options.fault.is('one-route-requires-user-token') && method === 'GET' && ONE_RECORD_ROUTE.test(pathname)) {
      throw authError(401, 'UNAUTHENTICATED', 'Token invalid.');
    }
    limiter?.consume(key.workspaceId, key.keyId);

    if (isMetadataPath) {
      if (!metadataStore) throw notFound(`Cannot ${method} ${pathname}`);
      return handleMetadataRequest({ method, pathname, query, readBody }, metadataStore, fault);
    }
    const legacy = LEGACY_ALIASES.find((name) => new RegExp(`^/rest/${name}/?$`).test(pathname));
    if (legacy && method === 'GET' && metadataStore) return handleLegacyAlias(legacy, metadataStore, fault);

    const role = options.keyRoles?.get(key.keyId) ?? FULL_ROLE;
    const reply = await handleCoreRequest(
      { method, pathname, query, readBody },
      { ...coreContext, guard: guardFor(role) },
    );
    const object = role.unreadableFields.length > 0 ? objectOfPath(pathname) : undefined;
    return object ? { ...reply, body: hideUnreadableInEnvelope(role, object, reply.body) } : reply;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawUrl = request.url ?? '/';
    if (Buffer.byteLength(rawUrl) > maxUrlBytes) {
      throw new RestApiError(414, 'URITooLongException', `Request URL is longer than ${maxUrlBytes} bytes`);
    }
    const questionMark = rawUrl.indexOf('?');
    const pathname = questionMark === -1 ? rawUrl : rawUrl.slice(0, questionMark);
    const query = parseQueryString(questionMark === -1 ? '' : rawUrl.slice(questionMark + 1));
    const deadline = timeoutAfter(options.handlerTimeoutMs ?? 30_000);
    try {
      const reply = await Promise.race([route(request, pathname, query), deadline.promise]);
      sendJson(response, reply.status, reply.body, reply.headers);
    } finally {
      deadline.cancel();
    }
  }

  const server = createServer({ maxHeaderSize: 256 * 1024, requestTimeout: 60_000, headersTimeout: 20_000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const reply = errorReply(error, options.fault);
      if (reply.unexpected) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`reference: ${request.method ?? '?'} ${(request.url ?? '').split('?')[0]} failed: ${detail}`);
      }
      const headers: Record<string, string> = { ...reply.headers };
      // An unread or oversized body is left behind: close the connection rather than parse it.
      if (reply.status === 413 || !request.complete) headers['connection'] = 'close';
      sendJson(response, reply.status, reply.body, headers);
      request.resume();
    });
  });
  server.keepAliveTimeout = 5_000;

  // Malformed or oversized requests never reach the handler; answer them in JSON too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const [status, name, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'RequestHeaderFieldsTooLargeException', 'Request headers are too large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'RequestTimeoutException', 'Request timed out']
          : [400, 'BadRequestException', 'Malformed HTTP request'];
    const text = JSON.stringify({ statusCode: status, error: name, messages: [message] });
    socket.end(
      `HTTP/1.1 ${status} ${name}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
    );
  });
  return server;
}
