// A file snapshot for Node 20's test runner (which has no t.assert.snapshot):
// compares text with generators/report/__snapshots__/NAME, and writes it
// instead when UPDATE_SNAPSHOTS=1.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../generators/report/__snapshots__/', import.meta.url));

export function matchSnapshot(name: string, actual: string): void {
  const path = join(dir, name);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) assert.fail(`snapshot ${name} is missing; run with UPDATE_SNAPSHOTS=1 and commit it`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `snapshot ${name} changed; if intended, rerun with UPDATE_SNAPSHOTS=1`);
}
