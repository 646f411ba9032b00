// Serves any RecordEngine over HTTP with fresh credentials: the engine-agnostic
// half of startReference, also used by the HTTP tests with an in-memory engine.
import { randomUUID } from 'node:crypto';
import { issueApiKey, newSigningSecret } from './auth/api-key.ts';
import type { RateLimitConfig } from './auth/rate-limit.ts';
import type { Datamodel } from './datamodel/types.ts';
import type { RecordEngine } from './engine/types.ts';
import type { ActiveFault } from './faults/catalogue.ts';
import { createReferenceServer } from './http/server.ts';
import { baseUrlOf, closeServer, listen } from './listen.ts';
import { EventLog, NO_SUBSCRIPTIONS, type RecordEvent } from './realism/event-log.ts';
import { RESTRICTED_ROLES, RESTRICTED_ROLE_NAMES, type ApiKeyRole, type RestrictedRoleName } from './realism/api-key-roles.ts';

export interface ServeOptions {
  engine: RecordEngine;
  model: Datamodel;
  fault: ActiveFault;
  maxLimit: number;
  port?: number;
  host?: string;
  rateLimit?: RateLimitConfig;
  workspaceId?: string;
  /** Also append each emitted event to this file as a JSON line (`--events-file`). */
  eventsFile?: string;
  log?: (line: string) => void;
}

export interface RunningReference {
  baseUrl: string;
  apiKey: string;
  /** Signed by this server but already expired: the suite cannot forge one. */
  expiredApiKey: string;
  workspaceId: string;
  /** One more key per restricted role (read-only, write-denied on opportunity, person.jobTitle not writable, person.city not readable). */
  roleKeys: Record<RestrictedRoleName, string>;
  /** Every event the writes so far emitted (also GET /_reference/events). */
  events(): readonly RecordEvent[];
  stop(): Promise<void>;
}

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export async function serveEngine(options: ServeOptions): Promise<RunningReference> {
  const secret = newSigningSecret();
  const workspaceId = options.workspaceId ?? randomUUID();
  const roleKeyIds = Object.fromEntries(RESTRICTED_ROLE_NAMES.map((name) => [name, randomUUID()])) as Record<RestrictedRoleName, string>;
  const events = new EventLog(options.model.subscriptions ?? NO_SUBSCRIPTIONS, options.eventsFile);
  const keyRoles = new Map<string, ApiKeyRole>(RESTRICTED_ROLE_NAMES.map((name) => [roleKeyIds[name], RESTRICTED_ROLES[name]]));
  const server = createReferenceServer({
    engine: options.engine,
    model: options.model,
    fault: options.fault,
    secret,
    workspaceId,
    maxLimit: options.maxLimit,
    keyRoles,
    events,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const apiKey = await issueApiKey(secret, { workspaceId, expiresIn: ONE_YEAR_SECONDS });
  const expiredApiKey = await issueApiKey(secret, { workspaceId, expiresIn: -3600 });
  const roleKeys = {} as Record<RestrictedRoleName, string>;
  for (const name of RESTRICTED_ROLE_NAMES) roleKeys[name] = await issueApiKey(secret, { workspaceId, expiresIn: ONE_YEAR_SECONDS, keyId: roleKeyIds[name] });
  let stopped: Promise<void> | undefined;
  return {
    baseUrl: baseUrlOf(address),
    apiKey,
    expiredApiKey,
    workspaceId,
    roleKeys,
    events: () => events.events(),
    stop() {
      stopped ??= closeServer(server).then(() => options.engine.close());
      return stopped;
    },
  };
}
