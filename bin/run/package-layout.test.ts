import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OWN_EXTENSION, PACKAGE_ROOT, PLAYWRIGHT_CONFIG, RUN_ROOT, packageRootFrom } from './package-layout.ts';

test('from a clone: the sources are the run tree and the package root, with the .ts config', () => {
  const clone = fileURLToPath(new URL('../..', import.meta.url));
  assert.equal(OWN_EXTENSION, '.ts');
  assert.equal(RUN_ROOT, clone);
  assert.equal(PACKAGE_ROOT, clone.replace(/\/$/, ''));
  assert.equal(PLAYWRIGHT_CONFIG, join(clone, 'playwright.config.ts'));
  assert.ok(existsSync(PLAYWRIGHT_CONFIG));
});

test('from an installed package: dist/ has no package.json, so the root is the folder above it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-layout-'));
  try {
    const installed = join(dir, 'node_modules', 'twenty-conformance');
    mkdirSync(join(installed, 'dist', 'bin', 'run'), { recursive: true });
    writeFileSync(join(installed, 'package.json'), '{}');
    assert.equal(packageRootFrom(join(installed, 'dist')), installed);
    assert.equal(packageRootFrom(join(installed, 'dist', 'bin', 'run')), installed);
    assert.throws(() => packageRootFrom('/'), /no package\.json at or above \//);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
