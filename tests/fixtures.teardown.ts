// The teardown project: removes every record of the run (the ids the setup and
// the write checks recorded, then whatever still carries the run tag), also
// after failures. The runner repeats it if this never ran (a signal, a crash).
import { cleanupRun } from '../generators/fixtures/fixture-io.ts';
import { readFixtureFile, updateFixtureFile } from '../runtime/fixtures/fixture-file.ts';
import { test } from './fixtures.ts';
import { samplePageSize } from './support/samples.ts';

test('remove the fixtures of this run', async ({ client, catalogue, runState }) => {
  const fixtures = runState.fixtures;
  if (!fixtures) return;
  const file = readFixtureFile(fixtures.path);
  const result = await cleanupRun(client, catalogue, { runId: fixtures.runId }, {
    pageSize: samplePageSize(catalogue),
    knownIds: file?.created ?? {},
    ...(runState.writePlan ? { objects: runState.writePlan.objects } : {}),
  });
  if (result.errors.length > 0) throw new Error(`fixtures not removed: ${result.errors.join('; ')}`);
  updateFixtureFile(fixtures.path, (current) => ({ ...current, cleanedAt: new Date().toISOString() }));
});
