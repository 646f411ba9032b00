// Starts the embedded reference deployment in-process: database, engine,
// HTTP layer and fresh credentials. Used by the suite's runner, the CLI and tests.
import type { RateLimitConfig } from './auth/rate-limit.ts';
import { STANDARD_DATAMODEL } from './datamodel/standard-objects.ts';
import { WORKSPACE_2026 } from './datamodel/workspace-2026.ts';
import { withTriggerRecords } from './realism/trigger-records.ts';
import { ActiveFault, findFault, type FaultName } from './faults/catalogue.ts';
import { openReferenceEngine } from './open-engine.ts';
import { serveEngine, type RunningReference } from './serve-engine.ts';
import { generatedSeedFor, seedFor } from './seed/seed-volume.ts';
import type { Datamodel } from './datamodel/types.ts';
import { DEFAULT_MAX_LIMIT } from './limits.ts';
import { seedSubset } from './seed/seed-subset.ts';

export interface StartReferenceOptions {
  port?: number;
  /** Default 127.0.0.1: the reference is never exposed beyond this machine unless asked. */
  host?: string;
  fault?: string;
  databaseUrl?: string;
  maxLimit?: number;
  rateLimit?: RateLimitConfig;
  /** Seed the standard dataset (default true); false is `--empty`. */
  seed?: boolean;
  /**
   * Serve this workspace instead of the standard one (`--datamodel`), seeded with
   * generated data (seed/generate.ts).
   */
  datamodel?: Datamodel;
  /** `--workspace 2026`: serve the 2026-shaped standard workspace (a built-in `datamodel`). */
  workspace?: 'standard' | '2026';
  /** Unique indexes ignore soft-deleted rows (Twenty ≥ 2.40); default: they count, as before 2.40. */
  partialUniqueIndexes?: boolean;
  /** Append every emitted event to this file as a JSON line (`--events-file`). */
  eventsFile?: string;
  /** Seed only the first N records of each object (`--seed-records N`; 0 is empty). */
  seedRecords?: number;
  log?: (line: string) => void;
}

export type { RunningReference };

export class UnknownFaultError extends Error {
  constructor(name: string) {
    super(`unknown fault ${JSON.stringify(name)}; run \`twenty-conformance reference --list-faults\` to see the catalogue`);
    this.name = 'UnknownFaultError';
  }
}

export function activeFaultFor(name: string | undefined): ActiveFault {
  if (name === undefined) return new ActiveFault(null);
  const fault = findFault(name);
  if (!fault) throw new UnknownFaultError(name);
  return new ActiveFault(fault.name as FaultName);
}

export async function startReference(options: StartReferenceOptions = {}): Promise<RunningReference> {
  const fault = activeFaultFor(options.fault);
  const maxLimit = options.maxLimit ?? DEFAULT_MAX_LIMIT;
  const generated = options.datamodel ?? (options.workspace === '2026' ? WORKSPACE_2026 : undefined);
  const model = generated ?? STANDARD_DATAMODEL;
  const engine = await openReferenceEngine({
    model,
    fault,
    maxLimit,
    seed: (options.seed ?? true) && options.seedRecords !== 0,
    dataset:
      generated !== undefined
        ? withTriggerRecords(generated, generatedSeedFor(generated, maxLimit))
        : options.seedRecords !== undefined && options.seedRecords > 0
          ? seedSubset(seedFor(maxLimit), options.seedRecords)
          : seedFor(maxLimit),
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    // `duplicate-accepted`: the workspace was created without its unique indexes.
    uniqueIndexes: fault.is('duplicate-accepted') ? 'none' : options.partialUniqueIndexes ? 'partial' : 'full',
  });
  try {
    const rateLimit: RateLimitConfig | undefined = options.rateLimit;
    return await serveEngine({
      engine,
      model,
      fault,
      maxLimit,
      port: options.port ?? 0,
      host: options.host ?? '127.0.0.1',
      ...(rateLimit ? { rateLimit } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(options.eventsFile !== undefined ? { eventsFile: options.eventsFile } : {}),
    });
  } catch (error) {
    // Listening failed (port in use): the database must not stay open behind us.
    await engine.close();
    throw error;
  }
}
