import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageAssets } from './assets.ts';

const compiled = ['playwright.config.ts', 'bin/cli.ts', 'reference/openapi/core-document.ts', 'reference/datamodel/from-document.ts', 'generators/contracts/contract-schemas.ts', 'tests/reporters/summary-reporter.ts'];

test('schemas and the data files beside compiled modules are shipped', () => {
  const sources = [
    'schemas/summary.schema.json',
    'reference/openapi/seed-description.md',
    'reference/datamodel/large-workspace.core.json',
    'tests/reporters/report.css',
  ];
  assert.deepEqual(packageAssets(sources, compiled), [...sources].sort());
});

test('sources, unit tests, READMEs and files of directories with no compiled module are not', () => {
  const sources = [
    'reference/openapi/core-document.ts',
    'reference/openapi/core-document.test.ts',
    'reference/openapi/fixtures.test.json',
    'reference/README.md',
    'reference/openapi/README.md',
    'generators/openapi/fixtures/synthetic-2026-core.yaml',
    'scripts/bench.ts',
    'package.json',
    'tsconfig.json',
    '.gitignore',
    'bin/twenty-conformance.js',
    'reference/openapi/.DS_Store',
  ];
  assert.deepEqual(packageAssets(sources, compiled), []);
});
