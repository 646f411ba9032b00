// Starts the HTTP layer on port 0 over the in-memory engine, with a known
// secret so tests can sign unusual tokens, and a tiny fetch wrapper.
import { randomUUID } from 'node:crypto';
import { issueApiKey, newSigningSecret } from '../../../reference/auth/api-key.ts';
import type { RateLimitConfig } from '../../../reference/auth/rate-limit.ts';
import { STANDARD_DATAMODEL } from '../../../reference/datamodel/standard-objects.ts';
import { ActiveFault, findFault, type FaultName } from '../../../reference/faults/catalogue.ts';
import { baseUrlOf, closeServer, listen } from '../../../reference/listen.ts';
import { createReferenceServer } from '../../../reference/http/server.ts';
import { createMemoryEngine, type MemoryEngine } from './memory-engine.ts';

export interface TestServer {
  baseUrl: string;
  apiKey: string;
  expiredApiKey: string;
  secret: Uint8Array;
  workspaceId: string;
  engine: MemoryEngine;
  logs: string[];
  stop(): Promise<void>;
}

export interface TestServerOptions {
  fault?: FaultName;
  maxLimit?: number;
  rateLimit?: RateLimitConfig;
  maxBodyBytes?: number;
  maxUrlBytes?: number;
  handlerTimeoutMs?: number;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (options.fault !== undefined && !findFault(options.fault)) throw new Error(`unknown fault ${options.fault}`);
  const secret = newSigningSecret();
  const workspaceId = randomUUID();
  const engine = createMemoryEngine();
  const logs: string[] = [];
  const server = createReferenceServer({
    engine,
    model: STANDARD_DATAMODEL,
    fault: new ActiveFault(options.fault ?? null),
    secret,
    workspaceId,
    maxLimit: options.maxLimit ?? 60,
    log: (line) => logs.push(line),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.maxUrlBytes ? { maxUrlBytes: options.maxUrlBytes } : {}),
    ...(options.handlerTimeoutMs ? { handlerTimeoutMs: options.handlerTimeoutMs } : {}),
  });
  const address = await listen(server, 0, '127.0.0.1');
  return {
    baseUrl: baseUrlOf(address),
    apiKey: await issueApiKey(secret, { workspaceId, expiresIn: 3600 }),
    expiredApiKey: await issueApiKey(secret, { workspaceId, expiresIn: -3600 }),
    secret,
    workspaceId,
    engine,
    logs,
    stop: () => closeServer(server),
  };
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent verbatim, bypassing JSON encoding. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(baseUrl + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}
