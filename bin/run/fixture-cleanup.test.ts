import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRunArgs } from '../../generators/config/parse-run-args.ts';
import { readFixtureFile } from '../../runtime/fixtures/fixture-file.ts';
import { isRunId } from '../../generators/fixtures/run-tag.ts';
import { referenceCatalogue } from '../../testing/robustness/testing-catalogue.ts';
import { finishRunFixtures, startRunFixtures, tagFields } from './fixture-cleanup.ts';

const configFor = (profile: string) => parseRunArgs(['--profile', profile], {}, () => 1).config;

test('gate and install start a fixture file with a fresh run id; smoke never writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-fixtures-'));
  try {
    for (const profile of ['gate', 'install']) {
      const fixtures = startRunFixtures(configFor(profile), dir);
      assert.ok(fixtures && isRunId(fixtures.runId), profile);
      assert.deepEqual(readFixtureFile(fixtures.path), { runId: fixtures.runId, created: {} });
    }
    assert.equal(startRunFixtures(configFor('smoke'), dir), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing to finish without fixtures; the header names where each tag lives', async () => {
  assert.deepEqual(await finishRunFixtures(null, { baseUrl: 'http://127.0.0.1:1', token: 'x' }, referenceCatalogue, configFor('smoke')), { problems: [], removedByRunner: 0 });
  assert.equal(tagFields(referenceCatalogue), 'workspaceMembers.userEmail, companies.name, people.jobTitle, opportunities.name');
});
