// Loads an OpenAPI document from a file, a URL or a deployment (`/rest/open-api/core`,
// plus `/rest/open-api/metadata` as a second document). The token only ever travels in
// the Authorization header, and every failure is a DocumentLoadError with one line
// that says what went wrong and what to do, with the token redacted by value.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { isRecord, type JsonObject } from '../../generators/openapi/document-walk.ts';
import { findErrorCode } from '../../generators/client/connection-cause.ts';
import { DEFAULT_GATEWAY_BACKOFF_MS, DEFAULT_GATEWAY_RETRIES, isGatewayStatus, RESET_CODES } from '../../generators/client/gateway.ts';
import { redactToken } from '../../generators/openapi/redact.ts';

export type DocumentSource =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'deployment'; baseUrl: string };

export interface LoadOptions {
  token?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Retries of a 502/503/504 answer or a connection reset (default 3). */
  gatewayRetries?: number;
  /** Wait before each retry (default 200 ms, doubling). */
  sleep?: (ms: number) => Promise<void>;
}

export interface LoadedDocument {
  /** Where the document came from, for reports (never carries the token). */
  origin: string;
  document: JsonObject;
  /** Deployments only: the metadata document, or null when it could not be loaded. */
  metadata?: JsonObject | null;
  /** Deployments only: why the metadata document is missing. */
  metadataProblem?: string;
}

export type LoadFailure =
  | 'file-missing'
  | 'file-unreadable'
  | 'not-json-or-yaml'
  | 'not-an-object'
  | 'connection-refused'
  | 'dns'
  | 'tls'
  | 'timeout'
  | 'network'
  | 'token-rejected'
  | 'http-status'
  | 'not-json-body'
  | 'bad-url';

export class DocumentLoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure, message: string) {
    super(message);
    this.name = 'DocumentLoadError';
    this.failure = failure;
  }
}

export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;

export async function loadDocument(source: DocumentSource, opts: LoadOptions = {}): Promise<LoadedDocument> {
  try {
    return await loadUnredacted(source, opts);
  } catch (error) {
    if (error instanceof DocumentLoadError) {
      throw new DocumentLoadError(error.failure, redactToken(error.message, opts.token));
    }
    const text = error instanceof Error ? error.message : String(error);
    throw new DocumentLoadError('network', redactToken(`could not load the document: ${text}`, opts.token));
  }
}

async function loadUnredacted(source: DocumentSource, opts: LoadOptions): Promise<LoadedDocument> {
  switch (source.kind) {
    case 'file':
      return { origin: source.path, document: await loadFile(source.path) };
    case 'url':
      return { origin: source.url, document: await fetchDocument(source.url, opts) };
    case 'deployment': {
      const base = source.baseUrl.replace(/\/+$/, '');
      const coreUrl = `${base}/rest/open-api/core`;
      const document = await fetchDocument(coreUrl, opts);
      try {
        const metadata = await fetchDocument(`${base}/rest/open-api/metadata`, opts);
        return { origin: coreUrl, document, metadata };
      } catch (error) {
        // The core document is what the suite needs; a missing metadata document is only reported.
        const problem = redactToken(error instanceof Error ? error.message : String(error), opts.token);
        return { origin: coreUrl, document, metadata: null, metadataProblem: problem };
      }
    }
  }
}

async function loadFile(path: string): Promise<JsonObject> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new DocumentLoadError('file-missing', `OpenAPI file ${path} does not exist: check the --openapi path`);
    }
    throw new DocumentLoadError(
      'file-unreadable',
      `OpenAPI file ${path} could not be read (${code ?? 'unknown error'}): check that it is a readable file`,
    );
  }
  return parseDocumentText(text, path);
}

/** JSON first (the usual case, and exact), then YAML, which is a superset of JSON anyway. */
export function parseDocumentText(text: string, origin: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      value = parseYaml(text);
    } catch {
      throw new DocumentLoadError(
        'not-json-or-yaml',
        `${origin} is neither JSON nor YAML: give an OpenAPI document in one of those formats`,
      );
    }
  }
  if (!isRecord(value)) {
    throw new DocumentLoadError(
      'not-an-object',
      `${origin} does not hold an OpenAPI document (expected an object at the top level): check the path or URL`,
    );
  }
  return value;
}

/**
 * A proxy in front of a deployment may answer 502/503/504 or cut a connection
 * while the deployment is fine: the document is fetched again, a few times,
 * with backoff. The last answer (or error) is what the caller judges.
 */
async function fetchRetryingGateway(attempt: () => Promise<Response>, opts: LoadOptions): Promise<Response> {
  const retries = Math.max(0, opts.gatewayRetries ?? DEFAULT_GATEWAY_RETRIES);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let retry = 0; ; retry++) {
    const wait = DEFAULT_GATEWAY_BACKOFF_MS * 2 ** retry;
    let response: Response;
    try {
      response = await attempt();
    } catch (error) {
      const code = findErrorCode(error);
      if (retry < retries && code !== undefined && RESET_CODES.has(code)) {
        await sleep(wait);
        continue;
      }
      throw error;
    }
    if (retry < retries && isGatewayStatus(response.status)) {
      await response.body?.cancel();
      await sleep(wait);
      continue;
    }
    return response;
  }
}

async function fetchDocument(url: string, opts: LoadOptions): Promise<JsonObject> {
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const where = safeUrlForMessage(url);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let status: number;
  let body: string;
  let location: string | null;
  try {
    // One signal bounds both the headers and the body: a server that stalls mid-body still times out.
    // Redirects are not followed, so the token never travels to a host the user did not name.
    const response = await fetchRetryingGateway(() => doFetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' }), opts);
    status = response.status;
    location = response.headers.get('location');
    body = await response.text();
  } catch (error) {
    throw networkError(error, where, timeoutMs);
  }
  if (status >= 300 && status <= 399) {
    const target = location !== null ? safeUrlForMessage(absoluteUrl(location, url)) : 'an unnamed location';
    throw new DocumentLoadError(
      'http-status',
      `${where} redirects (HTTP ${status}) to ${target}: give that URL (or its base URL) directly`,
    );
  }
  if (status === 401 || status === 403) {
    throw new DocumentLoadError(
      'token-rejected',
      `${where} answered HTTP ${status}: the token was rejected: check TWENTY_API_KEY (or --token-file)`,
    );
  }
  if (status < 200 || status > 299) {
    throw new DocumentLoadError(
      'http-status',
      `${where} answered HTTP ${status} ${summarise(body)}: check the base URL and that the deployment is healthy`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new DocumentLoadError(
      'not-json-body',
      `${where} answered HTTP ${status} with a body that is not JSON ${summarise(body)}: check that the URL points at a Twenty deployment`,
    );
  }
  if (!isRecord(value)) {
    throw new DocumentLoadError(
      'not-an-object',
      `${where} answered JSON that is not an OpenAPI document: check that the URL points at a Twenty deployment`,
    );
  }
  return value;
}

function absoluteUrl(location: string, base: string): string {
  try {
    return new URL(location, base).toString();
  } catch {
    return location;
  }
}

/** Strips credentials and the query string from a URL before it appears in a message. */
function safeUrlForMessage(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

function summarise(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return '(empty body)';
  return `(body: ${oneLine.length > 120 ? oneLine.slice(0, 117) + '...' : oneLine})`;
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH/;

function errorCode(error: unknown): string | undefined {
  // undici wraps the socket error as `cause` (sometimes twice); walk the chain.
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function deepestMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    message = current.message;
    current = (current as { cause?: unknown }).cause;
  }
  return message;
}

function networkError(error: unknown, where: string, timeoutMs: number): DocumentLoadError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new DocumentLoadError(
      'timeout',
      `${where} did not answer within ${timeoutMs} ms: check that the deployment is up, or raise the timeout`,
    );
  }
  if (name === 'TypeError' && error instanceof Error && /Invalid URL|Failed to parse URL/i.test(error.message)) {
    return new DocumentLoadError('bad-url', `${where} is not a valid URL: give an absolute http(s) URL`);
  }
  const code = errorCode(error) ?? '';
  if (code === 'ECONNREFUSED') {
    return new DocumentLoadError(
      'connection-refused',
      `${where}: connection refused: check the base URL and port, and that the deployment is running`,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new DocumentLoadError('dns', `${where}: host name not found (${code}): check the host name in the URL`);
  }
  if (TLS_CODES.test(code)) {
    return new DocumentLoadError(
      'tls',
      `${where}: TLS failure (${code}): check the certificate, or the http/https scheme of the URL`,
    );
  }
  if (code === 'ERR_INVALID_URL') {
    return new DocumentLoadError('bad-url', `${where} is not a valid URL: give an absolute http(s) URL`);
  }
  const detail = code !== '' ? code : deepestMessage(error);
  return new DocumentLoadError('network', `${where}: request failed (${detail}): check the URL and the network`);
}
