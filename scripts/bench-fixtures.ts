// `npm run bench`: the writing profiles' fixture cost against a running
// reference — the designed fixtures of every object created through the batch
// endpoint and read back (setup), then removed (teardown), as a run does it.
import { createTwentyClient } from '../runtime/client/twenty-client.ts';
import { cleanupRun, createFixtures } from '../generators/fixtures/fixture-io.ts';
import { makeRunId } from '../generators/fixtures/run-tag.ts';
import { buildCatalogue } from '../generators/openapi/catalogue.ts';

export interface FixtureBench {
  objects: number;
  records: number;
  setupMs: number;
  teardownMs: number;
  requests: number;
}

export async function measureFixtures(baseUrl: string, apiKey: string): Promise<FixtureBench> {
  const response = await fetch(`${baseUrl}/rest/open-api/core`, { headers: { authorization: `Bearer ${apiKey}` } });
  const catalogue = buildCatalogue(await response.json());
  const client = createTwentyClient({ baseUrl, token: apiKey, readOnly: false, timeoutMs: 15_000, maxRetries429: 0, maxRetryAfterMs: 0 });
  const runId = makeRunId(new Date(), Math.random);
  const began = performance.now();
  const set = await createFixtures(client, catalogue, runId, { pageSize: 60, onCreated: () => {} });
  const created = performance.now();
  const result = await cleanupRun(client, catalogue, { runId }, { pageSize: 60 });
  const ended = performance.now();
  if (result.errors.length > 0) throw new Error(`fixture teardown failed: ${result.errors.join('; ')}`);
  return {
    objects: set.objects.length,
    records: set.objects.reduce((sum, object) => sum + object.ids.length, 0),
    setupMs: created - began,
    teardownMs: ended - created,
    requests: client.requestCount(),
  };
}
