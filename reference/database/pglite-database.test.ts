// The embedded Postgres starts with the memory settings we chose, caches a
// shrunken data directory, and survives a cached tarball that is not one.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPgliteDatabase, type PgliteSetup } from './pglite-database.ts';

const setupIn = (cacheDir: string): PgliteSetup => ({
  schema: 'tc_probe',
  setupSql: [{ sql: 'CREATE SCHEMA tc_probe' }, { sql: 'CREATE TABLE tc_probe.item (n int)' }, { sql: 'INSERT INTO tc_probe.item VALUES ($1)', params: [7] }],
  cacheDir,
});

test('settings apply; a built data dir is cached without template databases and loads back from the cache', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tc-pglite-'));
  try {
    const built = await openPgliteDatabase(setupIn(dir));
    assert.equal(built.source, 'initdb');
    const settings = await built.database.query<{ name: string; setting: string; unit: string | null }>(
      "SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'wal_segment_size') ORDER BY name",
    );
    assert.deepEqual(settings.rows, [
      { name: 'shared_buffers', setting: '2048', unit: '8kB' },
      { name: 'wal_segment_size', setting: String(1024 * 1024), unit: 'B' },
    ]);
    assert.deepEqual((await built.database.query('SELECT datname FROM pg_database')).rows, [{ datname: 'postgres' }]);
    await built.database.close();

    const loaded = await openPgliteDatabase(setupIn(dir));
    assert.equal(loaded.source, 'cache');
    assert.deepEqual((await loaded.database.query('SELECT n FROM tc_probe.item')).rows, [{ n: 7 }]);
    await loaded.database.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a cached tarball that is not a data directory is rebuilt, not fatal', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tc-pglite-'));
  try {
    await (await openPgliteDatabase(setupIn(dir))).database.close();
    const [name] = await readdir(dir);
    await writeFile(join(dir, name!), 'not a tarball');
    const reopened = await openPgliteDatabase(setupIn(dir));
    assert.equal(reopened.source, 'initdb');
    assert.deepEqual((await reopened.database.query('SELECT n FROM tc_probe.item')).rows, [{ n: 7 }]);
    await reopened.database.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
