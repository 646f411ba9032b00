// Sends the auth probes through the run's client, once per worker: several AUTH
// checks judge the same answer from different angles (rejected at all, exact
// body, no echo), and smoke has a dozen requests for the whole family. The
// guards around the judges live here too: a probe that could not be sent, a 429
// and a valid request that was not accepted leave nothing to judge.
import { envApiKey } from '../../../generators/config/api-key.ts';
import { randomUUID } from 'node:crypto';
import { acceptedProblem, type Route } from '../../../generators/auth/answer-rules.ts';
import { probeCredential, type ProbeKeys, type ProbeName } from '../../../generators/auth/credential-probes.ts';
import { expiredTokenFrom } from '../../../generators/auth/expired-token.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import type { TwentyClient } from '../../../runtime/client/twenty-client.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import type { Samples } from '../samples.ts';
import { fillIdTemplate } from '../../../generators/openapi/record-path.ts';
import { inconclusive, notRun } from '../verdicts.ts';

/** One request that passes authentication with the valid key; each probe changes only its credential. */
export interface ProbeRequest {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** A write-route request that writes nothing whatever the credential: retried after a gateway answer like a read. */
  safe?: boolean;
}

export interface ProbeTarget extends ProbeRequest {
  route: Route;
}

export type ProbeResult = { exchange: Exchange; literals: string[] } | { unavailable: string; missingInput?: string };

const sent = new WeakMap<TwentyClient, Map<string, Promise<ProbeResult>>>();

/** The run's key (the runner always passes it to the workers) and an expired one when there is one. */
export function probeKeys(): ProbeKeys {
  return { valid: envApiKey(process.env) ?? '', expired: expiredTokenFrom(process.env) };
}

export function sendProbe(client: TwentyClient, request: ProbeRequest, probe: ProbeName): Promise<ProbeResult> {
  let cache = sent.get(client);
  if (!cache) {
    cache = new Map();
    sent.set(client, cache);
  }
  const key = `${probe} ${request.method ?? 'GET'} ${request.path} ${JSON.stringify(request.query ?? {})}`;
  let result = cache.get(key);
  if (!result) {
    result = send(client, request, probe);
    cache.set(key, result);
  }
  return result;
}

async function send(client: TwentyClient, request: ProbeRequest, probe: ProbeName): Promise<ProbeResult> {
  const credential = probeCredential(probe, probeKeys());
  if ('unavailable' in credential) return credential;
  // Registered before sending, so the request log, the reproducer and an echo are all covered.
  for (const secret of credential.secrets) client.addSecret(secret.value, secret.label);
  const exchange = await client.request({
    method: request.method ?? 'GET',
    path: request.path,
    ...(request.query ? { query: request.query } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(request.safe ? { safe: true } : {}),
    auth: credential.auth,
  });
  return { exchange, literals: credential.literals };
}

/**
 * The answer to one probe, or the verdict that it cannot be judged: a missing
 * optional input is "not run" (it fails no profile), a probe that cannot be sent
 * otherwise is inconclusive, and so is a 429 the client gave up on (it says
 * nothing about the credential, either way).
 */
export async function observe(client: TwentyClient, request: ProbeRequest, probe: ProbeName): Promise<Exchange> {
  const result = await sendProbe(client, request, probe);
  if ('unavailable' in result) {
    if (result.missingInput) return notRun(result.missingInput, `${probe}: ${result.unavailable}`);
    return inconclusive(`${probe}: ${result.unavailable}`);
  }
  if (result.exchange.status === 429) return inconclusive(`${probe}: still rate limited (HTTP 429) after the client's retries; lower --rate or retry later`);
  return result.exchange;
}

/** The valid request, which must have been accepted for any other probe's answer to mean something. */
export async function requireAcceptedBaseline(client: TwentyClient, target: ProbeTarget): Promise<void> {
  const problem = acceptedProblem(await observe(client, target, 'valid'), target.route);
  if (problem) {
    inconclusive(`the same request with the valid key was not accepted (${problem}), so a rejection would prove nothing; see AUTH-001`);
  }
}

export function listTarget(object: CatalogueObject): ProbeTarget {
  // One record keeps the answers small; the probes differ from this only in their credential.
  return { path: object.listPath, query: { limit: '1' }, route: { kind: 'list', listKey: object.envelopeKeys.list } };
}

const madeUpIds = new Map<string, string>();

/** A get-one of a record the sample holds (so a bypass would leak it), else of a made-up id. */
export async function oneTarget(object: CatalogueObject, onePath: string, oneKey: string, samples: Samples): Promise<ProbeTarget> {
  const { records } = await samples.of(object);
  const sampled = records[0]?.id;
  let id = typeof sampled === 'string' ? sampled : madeUpIds.get(object.plural);
  if (id === undefined) {
    id = randomUUID();
    madeUpIds.set(object.plural, id);
  }
  return { path: fillIdTemplate(onePath, id), route: { kind: 'one', oneKey, id } };
}

/**
 * POST of an empty batch to the write route: nothing can be created whatever the
 * credential, so even a server whose auth is broken writes nothing. Never in smoke
 * (the client is read-only there).
 */
export function emptyBatchTarget(batchPath: string): ProbeTarget {
  return { method: 'POST', path: batchPath, body: [], safe: true, route: { kind: 'empty-batch' } };
}
