import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installLockfile, packProblems, runProblems } from './package-checks.ts';

const good = [
  'package.json',
  'README.md',
  'bin/twenty-conformance.js',
  'dist/bin/cli.js',
  'dist/bin/cli.d.ts',
  'dist/playwright.config.js',
  'dist/bin/action/run-action.js',
  'dist/schemas/summary.schema.json',
  'dist/tests/auth.spec.js',
  'dist/tests/auth.spec.d.ts',
];

test('a package of compiled JavaScript with every spec passes', () => {
  assert.deepEqual(packProblems(good, ['tests/auth.spec.ts']), []);
});

test('a package that misses a spec, ships sources, tests or scripts, or lacks its entry points is refused', () => {
  const problems = packProblems(
    [...good.filter((file) => file !== 'dist/playwright.config.js'), 'bin/cli.ts', 'dist/bin/cli.test.js', 'scripts/bench.ts'],
    ['tests/auth.spec.ts', 'tests/metadata.spec.ts'],
  );
  assert.deepEqual(problems, [
    'dist/playwright.config.js is missing',
    'tests/metadata.spec.ts is not shipped as dist/tests/metadata.spec.js',
    'files outside dist/ that do not run: bin/cli.ts, scripts/bench.ts',
    'TypeScript sources shipped (the package runs compiled JavaScript): bin/cli.ts, scripts/bench.ts',
    'unit tests shipped: dist/bin/cli.test.js',
  ]);
});

test('the install lockfile pins the runtime dependencies of the clone lock, not its devDependencies', () => {
  const cloneLock = {
    packages: {
      '': { name: 'twenty-conformance' },
      'node_modules/ajv': { version: '8.20.0', integrity: 'sha512-a' },
      'node_modules/tsx': { version: '4.23.15', dev: true },
      'node_modules/ajv/node_modules/x': { version: '1.0.0' },
    },
  };
  const pkg = { version: '0.1.0', license: 'AGPL-3.0-only', dependencies: { ajv: '^8.20.0' }, bin: { 'twenty-conformance': 'bin/twenty-conformance.js' } };
  const lock = installLockfile(cloneLock, pkg, 'file:t.tgz', 'sha512-t');
  assert.deepEqual(lock.packages, {
    '': { name: 'tc-install-check', dependencies: { 'twenty-conformance': 'file:t.tgz' } },
    'node_modules/twenty-conformance': { version: '0.1.0', resolved: 'file:t.tgz', integrity: 'sha512-t', license: 'AGPL-3.0-only', dependencies: { ajv: '^8.20.0' }, bin: { 'twenty-conformance': 'bin/twenty-conformance.js' } },
    'node_modules/ajv': { version: '8.20.0', integrity: 'sha512-a' },
    'node_modules/ajv/node_modules/x': { version: '1.0.0' },
  });
  assert.equal(lock.lockfileVersion, 3);
});

test('a run from the package must exit as expected, write its reports and report exactly the expected checks', () => {
  const summary = { exitCode: 0, target: { embeddedReference: true }, checks: [{ id: 'AUTH-001', verdict: 'pass' }, { id: 'X-001', verdict: 'pass' }] };
  const reports = { 'summary.json': true, 'junit.xml': true, 'html/index.html': false };
  assert.deepEqual(runProblems(0, 0, { 'summary.json': true }, { ...summary, checks: [{ id: 'AUTH-001', verdict: 'pass' }] }, ['AUTH-001']), []);
  assert.deepEqual(runProblems(1, 0, reports, summary, ['AUTH-001', 'AUTH-002']), [
    'exit 1, expected 0',
    'reports not written: html/index.html',
    'checks with no test from the package (a spec or project not found?): AUTH-002',
    'unexpected checks: X-001',
  ]);
  assert.deepEqual(runProblems(2, 0, { 'summary.json': false }, undefined, ['AUTH-001']), ['exit 2, expected 0', 'reports not written: summary.json']);
});
