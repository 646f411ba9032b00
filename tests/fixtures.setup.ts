// The setup project of the writing profiles (gate, install): creates the designed
// fixtures of every writable object through the batch endpoint, parents first,
// and reads them back as stored. Every confirmed id is on disk before the next
// request, so the teardown project, the runner or `twenty-conformance cleanup`
// can remove them whatever happens next. A refusal is recorded as one line for
// the runner (exit 2) and fails this project, so no check runs on missing data.
import { createFixtures, FixtureRefusedError } from '../generators/fixtures/fixture-io.ts';
import { updateFixtureFile } from '../runtime/fixtures/fixture-file.ts';
import { test } from './fixtures.ts';
import { samplePageSize } from './support/samples.ts';

test('create the designed fixtures', async ({ client, catalogue, runState }) => {
  const fixtures = runState.fixtures;
  if (!fixtures) return;
  const plan = runState.writePlan;
  try {
    const set = await createFixtures(client, catalogue, fixtures.runId, {
      pageSize: samplePageSize(catalogue),
      ...(plan ? { objects: plan.objects, unique: plan.unique } : {}),
      onCreated: (plural, ids) =>
        updateFixtureFile(fixtures.path, (file) => ({ ...file, created: { ...file.created, [plural]: [...(file.created[plural] ?? []), ...ids] } })),
      // A 2xx that broke the contract but wrote the records: WRITE-002 fails on it, the run goes on.
      onDeviation: (plural, deviation, exchange) =>
        updateFixtureFile(fixtures.path, (file) => ({ ...file, deviations: [...(file.deviations ?? []), { plural, deviation, exchange }] })),
    });
    updateFixtureFile(fixtures.path, (file) => ({ ...file, objects: set.objects }));
  } catch (error) {
    if (error instanceof FixtureRefusedError) updateFixtureFile(fixtures.path, (file) => ({ ...file, refused: error.message }));
    throw error;
  }
});
