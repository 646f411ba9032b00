import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageAssets } from './assets.ts';

const compiled = ['playwright.config.ts', 'bin/cli.ts', 'reference/openapi/core-document.ts', 'reference/datamodel/from-document.ts', 'generators/contracts/contract-schemas.ts', 'tests/reporters/summary-reporter.ts'];
const code = "readFileSync(new URL('./seed-description.md', import.meta.url)); const css = 'report.css';";
const named = (name: string) => code.includes(name);

test('every schema, and the data files the compiled code names beside it, are shipped', () => {
  const sources = ['schemas/summary.schema.json', 'schemas/new.schema.json', 'reference/openapi/seed-description.md', 'tests/reporters/report.css'];
  assert.deepEqual(packageAssets(sources, compiled, named), [...sources].sort());
});

test('sources, unit tests, READMEs, dotfiles, unnamed data and files of directories with no compiled module are not', () => {
  const sources = [
    'reference/openapi/core-document.ts',
    'reference/openapi/core-document.test.ts',
    'reference/openapi/seed-description.test.md',
    'reference/README.md',
    'reference/openapi/README.md',
    'reference/openapi/.DS_Store',
    'reference/datamodel/large-workspace.core.json',
    'testing/openapi/fixtures/synthetic-2026-core.yaml',
    'scripts/bench.ts',
    'package.json',
    'tsconfig.json',
    '.gitignore',
    'bin/twenty-conformance.js',
  ];
  assert.deepEqual(packageAssets(sources, compiled, () => true).filter((file) => file !== 'reference/datamodel/large-workspace.core.json'), []);
  assert.deepEqual(packageAssets(sources, compiled, named), []);
});
