import { setFlagsFromString } from 'node:v8';

// How the embedded Postgres is started. The workspace is a few MB, so Postgres'
// server-sized defaults only inflate the WASM heap and the data directory that
// every instance unpacks into memory. Each setting was kept because `npm run
// bench` showed it helping (see the commit messages for the numbers).

/** PGlite's own defaults (0.5.x): passing startParams replaces them, so they are repeated. */
const PGLITE_DEFAULT_START_PARAMS = [
  '--single', '-F', '-O', '-j',
  '-c', 'search_path=public',
  '-c', 'exit_on_error=false',
  '-c', 'log_checkpoints=false',
  '-c', 'max_worker_processes=0',
  '-c', 'max_parallel_workers=0',
  '-c', 'max_parallel_workers_per_gather=0',
  '-c', 'io_method=sync',
  '-c', 'max_parallel_maintenance_workers=0',
];

/** Server settings on top of PGlite's defaults. */
export const SERVER_SETTINGS: Readonly<Record<string, string>> = {
  // 128 MB by default, touched as the heap warms up: ~80 MB of RSS for a
  // workspace whose tables and indexes fit many times over in 16 MB.
  shared_buffers: '16MB',
  // With 1 MB WAL segments (below) Postgres keeps a few segments, not 5 × 16 MB.
  min_wal_size: '2MB',
  max_wal_size: '32MB',
};

/** initdb: 1 MB WAL segments instead of 16 MB (the segment is in every cached data dir and in memory). */
export const INITDB_PARAMS: readonly string[] = ['--wal-segsize=1'];

export function startParams(settings: Readonly<Record<string, string>> = SERVER_SETTINGS): string[] {
  return [...PGLITE_DEFAULT_START_PARAMS, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
}

/**
 * Statements that shrink a freshly built data directory before it is cached:
 * the reference only uses the `postgres` database and never CREATE DATABASE, so
 * the two template databases (~7 MB each) are dead weight in every instance.
 * Each runs on its own: DROP DATABASE refuses a transaction block.
 */
export const SHRINK_STATEMENTS: readonly string[] = [
  'ALTER DATABASE template0 IS_TEMPLATE false',
  'DROP DATABASE template0',
  'ALTER DATABASE template1 IS_TEMPLATE false',
  'DROP DATABASE template1',
  // Two checkpoints: the second lets Postgres remove the WAL the first one recycled.
  'CHECKPOINT',
  'CHECKPOINT',
];

/**
 * V8 compiles WASM with its baseline compiler (Liftoff) and re-compiles hot
 * functions with its optimising one (TurboFan). For Postgres' 9 MB module the
 * second tier cost ~70 MB of resident memory (code plus compiler zones) for
 * ~15% faster SQL execution; the HTTP round trip is dominated by other work.
 * The flag is read when a module is compiled, so it must be set before the
 * first PGlite; PGlite is the only WASM in the process.
 */
export function useBaselineWasmCompiler(): void {
  setFlagsFromString('--liftoff-only');
}
