import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaywrightTestConfig } from '@playwright/test';
import { withOwnExtension } from './own-files.ts';

const config: PlaywrightTestConfig = {
  testDir: './tests',
  reporter: [['list'], ['allure-playwright', { resultsDir: 'r' }], ['./tests/reporters/summary-reporter.ts', { reportDir: 'x' }]],
  projects: [
    { name: 'fixtures', testMatch: 'fixtures.setup.ts', teardown: 'fixtures-cleanup' },
    { name: 'auth', testMatch: 'auth.spec.ts', dependencies: ['fixtures'] },
    { name: 'both', testMatch: ['a.spec.ts', /b\.spec\.ts$/] },
    { name: 'default' },
  ],
};

test('from a clone (.ts) the config is left as written', () => {
  assert.equal(withOwnExtension(config, '.ts'), config);
});

test('from the package (.js) every own spec, setup and reporter file is named .js; packages and built-ins are not', () => {
  const packaged = withOwnExtension(config, '.js');
  assert.deepEqual(packaged.reporter, [['list'], ['allure-playwright', { resultsDir: 'r' }], ['./tests/reporters/summary-reporter.js', { reportDir: 'x' }]]);
  assert.deepEqual(
    packaged.projects?.map((project) => project.testMatch),
    ['fixtures.setup.js', 'auth.spec.js', ['a.spec.js', /b\.spec\.ts$/], undefined],
  );
  assert.deepEqual(packaged.projects?.[0], { name: 'fixtures', testMatch: 'fixtures.setup.js', teardown: 'fixtures-cleanup' });
  assert.deepEqual(packaged.projects?.[1]?.dependencies, ['fixtures']);
  assert.equal(packaged.testDir, './tests');
});

test('a top-level testMatch and a single reporter path are renamed too', () => {
  const packaged = withOwnExtension({ testMatch: 'x.spec.ts', reporter: './r.ts' }, '.js');
  assert.equal(packaged.testMatch, 'x.spec.js');
  assert.equal(packaged.reporter, './r.js');
});
