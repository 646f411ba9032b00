// The default storage: PGlite (Postgres compiled to WASM) in this process. A fresh
// instance starts from a cached data directory that already holds schema and seed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { runSetup, type Database, type Queryable, type SetupStatement } from './database.ts';
import { releaseStartupGarbage } from './startup-garbage.ts';
import { INITDB_PARAMS, SHRINK_STATEMENTS, startParams, useBaselineWasmCompiler } from './pglite-settings.ts';
import { cacheKey, defaultCacheDir, openCachedDataDir, packageDirAbove, pruneCachedDataDirs, writeCachedDataDir } from './datadir-cache.ts';

export interface PgliteSetup {
  schema: string;
  /** Statements that create and fill the schema (run once per cache key). */
  setupSql: readonly SetupStatement[];
  /** Extra material for the cache key (e.g. the seed's JSON). */
  keyParts?: readonly string[];
  cacheDir?: string;
  /** Skip the cache (tests of the cache itself, or a read-only disk). */
  noCache?: boolean;
}

export interface PgliteOpenReport {
  database: Database;
  /** 'cache' when loaded from a tarball, 'initdb' when built from scratch. */
  source: 'cache' | 'initdb';
  millis: number;
}

function wrapQueryable(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await target.query<T>(sql, params);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

function wrap(pg: PGlite, schema: string): Database {
  const asQueryable = wrapQueryable;
  const plain = asQueryable(pg);
  return {
    schema,
    query: plain.query,
    exec: plain.exec,
    // PGlite's own transaction() holds its mutex, so other calls wait their turn.
    transaction: (fn) => pg.transaction((tx) => fn(asQueryable(tx))),
    close: () => pg.close(),
  };
}

const SESSION_SETUP = "SET TIME ZONE 'UTC';";

const PGLITE_OPTIONS = { startParams: startParams(), initDbStartParams: [...INITDB_PARAMS] };

export async function openPgliteDatabase(setup: PgliteSetup): Promise<PgliteOpenReport> {
  const started = performance.now();
  useBaselineWasmCompiler();
  const dir = setup.cacheDir ?? defaultCacheDir();
  const key = cacheKey([pgliteVersion(), JSON.stringify(PGLITE_OPTIONS), JSON.stringify(SHRINK_STATEMENTS), setup.schema, ...setup.setupSql.map((statement) => JSON.stringify(statement)), ...(setup.keyParts ?? [])]);
  const cached = setup.noCache ? null : await openCachedDataDir(dir, key);
  if (cached) {
    const pg = new PGlite({ ...PGLITE_OPTIONS, loadDataDir: cached });
    try {
      await pg.waitReady;
      await pg.exec(SESSION_SETUP);
      await releaseStartupGarbage();
      return { database: wrap(pg, setup.schema), source: 'cache', millis: performance.now() - started };
    } catch {
      // The file-backed tarball changed or vanished under us (a concurrent
      // rewrite or prune): build from scratch, as if there were no cache.
      await pg.close().catch(() => undefined);
    }
  }
  const pg = new PGlite(PGLITE_OPTIONS);
  await pg.waitReady;
  await pg.exec(SESSION_SETUP);
  await pg.transaction((tx) => runSetup(wrapQueryable(tx), setup.setupSql));
  for (const statement of SHRINK_STATEMENTS) await pg.exec(statement);
  if (!setup.noCache) {
    try {
      const dump = await pg.dumpDataDir('none');
      await writeCachedDataDir(dir, key, new Uint8Array(await dump.arrayBuffer()));
      await pruneCachedDataDirs(dir);
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
  await releaseStartupGarbage();
  return { database: wrap(pg, setup.schema), source: 'initdb', millis: performance.now() - started };
}

let version: string | undefined;
/** A new PGlite may not read an older one's data directory: the version is part of the key. */
function pgliteVersion(): string {
  if (version === undefined) {
    try {
      // Resolved as Node resolves the import: a clone, dist/ and an installed package alike.
      const manifest = join(packageDirAbove(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'))), 'package.json');
      version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
    } catch {
      version = 'unknown';
    }
  }
  return version;
}
