// Opens the database (PGlite in-process, or --database-url) with the workspace
// schema and optional seed, and the SQL engine on top of it.
import { openReferenceDatabase } from './database/open-reference-database.ts';
import type { Datamodel } from './datamodel/types.ts';
import { createEngine } from './engine/engine.ts';
import type { RecordEngine } from './engine/types.ts';
import type { ActiveFault } from './faults/catalogue.ts';
import type { SeedDataset } from './seed/dataset.ts';
import type { SeedTables } from './seed/seed-statements.ts';
import type { UniqueIndexMode } from './schema/ddl.ts';

export interface OpenEngineOptions {
  model: Datamodel;
  fault: ActiveFault;
  maxLimit: number;
  seed: boolean;
  /** The records to seed when `seed` is on (default: the standard dataset). */
  dataset?: SeedDataset | SeedTables;
  databaseUrl?: string;
  /** isUnique indexes: full (default), partial (`--partial-unique-indexes`) or none. */
  uniqueIndexes?: UniqueIndexMode;
}

export async function openReferenceEngine(options: OpenEngineOptions): Promise<RecordEngine> {
  const opened = await openReferenceDatabase({
    model: options.model,
    ...(options.seed ? (options.dataset !== undefined ? { seed: options.dataset } : {}) : { seed: false as const }),
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.uniqueIndexes !== undefined ? { uniqueIndexes: options.uniqueIndexes } : {}),
  });
  // engine.close() closes the database (and drops an external schema).
  return createEngine(opened.database, options.model, { maxLimit: options.maxLimit, fault: options.fault });
}
