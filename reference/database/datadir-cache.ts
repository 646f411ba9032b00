// A cache of initialised + migrated + seeded PGlite data directories. initdb alone
// costs seconds; loading a ready tarball costs a fraction of that. The key is a
// hash of everything that shapes the data (DDL, seed, PGlite version).
import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above `from` holding a package.json. */
export function packageDirAbove(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json at or above ${from}`);
  }
}

/**
 * The node_modules the cache lives in: the clone's own, or, for an installed
 * package (node_modules/twenty-conformance, whose code is in dist/), the
 * node_modules that holds it, as other tools' `node_modules/.cache/<tool>`.
 */
export function cacheNodeModules(ownPackageDir: string): string {
  const parent = dirname(ownPackageDir);
  return basename(parent) === 'node_modules' ? parent : join(ownPackageDir, 'node_modules');
}

export function defaultCacheDir(): string {
  const ownPackageDir = packageDirAbove(dirname(fileURLToPath(import.meta.url)));
  return process.env.TWENTY_CONFORMANCE_CACHE_DIR ?? join(cacheNodeModules(ownPackageDir), '.cache', 'twenty-conformance');
}

export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 24);
}

export async function readCachedDataDir(dir: string, key: string): Promise<Uint8Array | null> {
  try {
    return await readFile(join(dir, `pglite-${key}.tar`));
  } catch {
    return null;
  }
}

/**
 * The cached tarball as a file-backed Blob: its bytes are read when PGlite
 * unpacks them, with no copy held in this process (a Uint8Array plus the Blob
 * made from it kept two ~15 MB copies alive until the next full GC).
 */
export async function openCachedDataDir(dir: string, key: string): Promise<Blob | null> {
  try {
    return await openAsBlob(join(dir, `pglite-${key}.tar`));
  } catch {
    return null;
  }
}

/** Writes atomically (temp file + rename) so a concurrent reader never sees half a tarball. */
export async function writeCachedDataDir(dir: string, key: string, tarball: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `pglite-${key}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temp, tarball);
  await rename(temp, join(dir, `pglite-${key}.tar`));
}

/**
 * Keeps the `keep` most recently written tarballs (each is ~15 MB; every change
 * of DDL or seed makes a new key). A reader racing a deletion just rebuilds.
 */
export async function pruneCachedDataDirs(dir: string, keep = 4): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => /^pglite-[0-9a-f]+\.tar$/.test(name));
  const dated = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(dir, name))).mtimeMs })));
  const stale = dated.sort((a, b) => b.mtime - a.mtime).slice(keep).map((entry) => entry.name);
  await Promise.all(stale.map((name) => unlink(join(dir, name)).catch(() => undefined)));
  return stale;
}
