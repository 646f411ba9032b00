import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { cacheKey, cacheNodeModules, defaultCacheDir, openCachedDataDir, pruneCachedDataDirs, readCachedDataDir, writeCachedDataDir } from './datadir-cache.ts';
import { SerialQueue } from './serial-queue.ts';

test('cache keys change with any part and with part boundaries', () => {
  assert.equal(cacheKey(['a', 'b']), cacheKey(['a', 'b']));
  assert.notEqual(cacheKey(['a', 'b']), cacheKey(['a', 'c']));
  assert.notEqual(cacheKey(['ab', '']), cacheKey(['a', 'b']));
});

test('a written tarball reads back; a missing one reads as null; no temp file stays', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tc-cache-'));
  try {
    assert.equal(await readCachedDataDir(dir, 'k1'), null);
    assert.equal(await openCachedDataDir(dir, 'k1'), null);
    await writeCachedDataDir(dir, 'k1', new Uint8Array([1, 2, 3]));
    assert.deepEqual([...((await readCachedDataDir(dir, 'k1')) ?? [])], [1, 2, 3]);
    const blob = await openCachedDataDir(dir, 'k1');
    assert.deepEqual([...new Uint8Array(await blob!.arrayBuffer())], [1, 2, 3]);
    assert.deepEqual(await readdir(dir), ['pglite-k1.tar']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the serial queue runs tasks one at a time, in order, past failures', async () => {
  const queue = new SerialQueue();
  const log: string[] = [];
  const task = (name: string, ms: number, fail = false) =>
    queue.run(async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    });
  const results = await Promise.allSettled([task('a', 20), task('b', 1, true), task('c', 1)]);
  assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  assert.deepEqual(results.map((result) => result.status), ['fulfilled', 'rejected', 'fulfilled']);
});

test('pruning keeps the newest tarballs only', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tc-cache-'));
  try {
    for (const key of ['a1', 'b2', 'c3']) {
      await writeCachedDataDir(dir, key, new Uint8Array([1]));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    assert.deepEqual(await pruneCachedDataDirs(dir, 2), ['pglite-a1.tar']);
    assert.deepEqual((await readdir(dir)).sort(), ['pglite-b2.tar', 'pglite-c3.tar']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the cache sits in the node_modules that holds an installed package, else in the project\'s own', () => {
  assert.equal(cacheNodeModules('/home/me/app/node_modules/twenty-conformance'), '/home/me/app/node_modules');
  assert.equal(cacheNodeModules('/home/me/twenty-conformance'), '/home/me/twenty-conformance/node_modules');
});

test('from a clone the default cache is the clone\'s node_modules/.cache/twenty-conformance', { skip: process.env.TWENTY_CONFORMANCE_CACHE_DIR ? 'TWENTY_CONFORMANCE_CACHE_DIR is set' : false }, () => {
  const clone = fileURLToPath(new URL('../..', import.meta.url));
  assert.equal(defaultCacheDir(), join(clone, 'node_modules', '.cache', 'twenty-conformance'));
});
