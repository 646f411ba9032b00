// One call that gives the reference its storage: the workspace schema created and
// seeded, in PGlite (default, from the data-directory cache) or in an external
// PostgreSQL (--database-url) under a schema of its own.
import { randomBytes } from 'node:crypto';
import type { Datamodel } from '../datamodel/types.ts';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { buildDdl, type UniqueIndexMode } from '../schema/ddl.ts';
import { SEED_DATASET, type SeedDataset } from '../seed/dataset.ts';
import { buildSeedStatements, type SeedTables } from '../seed/seed-statements.ts';
import { DEFAULT_WORKSPACE_SCHEMA, type Database, type SetupStatement } from './database.ts';
import { openPgDatabase } from './pg-database.ts';
import { openPgliteDatabase } from './pglite-database.ts';

export interface OpenReferenceOptions {
  model?: Datamodel;
  /** External PostgreSQL; absent → in-process PGlite. */
  databaseUrl?: string;
  /** The dataset to load; false → empty tables. */
  seed?: SeedDataset | SeedTables | false;
  cacheDir?: string;
  noCache?: boolean;
  /** isUnique indexes: full (default), partial (≥ 2.40) or none (the duplicate-accepted fault). */
  uniqueIndexes?: UniqueIndexMode;
}

export interface OpenedReferenceDatabase {
  database: Database;
  model: Datamodel;
  source: 'cache' | 'initdb' | 'external';
  millis: number;
}

export function setupStatements(model: Datamodel, schema: string, seed: SeedDataset | SeedTables | false, uniqueIndexes: UniqueIndexMode = 'full'): SetupStatement[] {
  const ddl = buildDdl(model, schema, { uniqueIndexes }).map((sql) => ({ sql }));
  return seed === false ? ddl : [...ddl, ...buildSeedStatements(model, schema, seed)];
}

export async function openReferenceDatabase(options: OpenReferenceOptions = {}): Promise<OpenedReferenceDatabase> {
  const model = options.model ?? STANDARD_DATAMODEL;
  const seed = options.seed ?? SEED_DATASET;
  if (options.databaseUrl) {
    const started = performance.now();
    // A fresh schema per instance: never collide with other data or other runs.
    const schema = `workspace_tc${randomBytes(6).toString('hex')}`;
    const database = await openPgDatabase({ url: options.databaseUrl, schema, setupSql: setupStatements(model, schema, seed, options.uniqueIndexes) });
    return { database, model, source: 'external', millis: performance.now() - started };
  }
  const schema = DEFAULT_WORKSPACE_SCHEMA;
  const opened = await openPgliteDatabase({
    schema,
    setupSql: setupStatements(model, schema, seed, options.uniqueIndexes),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.noCache ? { noCache: true } : {}),
  });
  return { database: opened.database, model, source: opened.source, millis: opened.millis };
}
