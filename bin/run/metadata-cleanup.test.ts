// The metadata sweep against the real reference: a view and a custom object
// tagged by a run are removed, others are left, and a deployment without the
// metadata API is nothing to sweep.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TwentyClient } from '../../runtime/client/twenty-client.ts';
import { runnerClient } from './runner-client.ts';
import { startReference, type RunningReference } from '../../reference/start.ts';
import { removeTaggedMetadata } from '../../generators/metadata/cleanup.ts';

describe('removeTaggedMetadata', () => {
  let reference: RunningReference;
  let client: TwentyClient;
  before(async () => {
    reference = await startReference({});
    client = runnerClient({ baseUrl: reference.baseUrl, token: reference.apiKey, readOnly: false, rate: null, timeoutMs: 30_000 });
  });
  after(() => reference.stop());

  test('removes the tagged view and custom object, keeps the rest', async () => {
    const objects = (await client.request({ method: 'GET', path: '/metadata/objects' })).json as { data: { id: string }[] };
    const standard = objects.data[0]!.id;
    const post = (path: string, body: unknown) => client.request({ method: 'POST', path, body });
    await post('/metadata/views', { objectMetadataId: standard, name: 'tcfix-20261206t090000-ab12 view' });
    await post('/metadata/views', { objectMetadataId: standard, name: 'kept view' });
    await post('/metadata/objects', { nameSingular: 'tcfixSweep', namePlural: 'tcfixSweeps', labelSingular: 'tcfix-20261206t090000-ab12 object', labelPlural: 'x' });
    const result = await removeTaggedMetadata(client, { runId: '20261206t090000-ab12' });
    assert.deepEqual(result, { removed: { 'metadata views': 1, 'metadata objects': 1 }, errors: [], runs: ['20261206t090000-ab12'] });
    const views = (await client.request({ method: 'GET', path: '/metadata/views' })).json as { data: { name: string }[] };
    assert.ok(views.data.some((view) => view.name === 'kept view'));
    assert.ok(!views.data.some((view) => view.name.startsWith('tcfix-')));
  });

  test('stale runs: only metadata of runs older than the age is removed', async () => {
    const objects = (await client.request({ method: 'GET', path: '/metadata/objects' })).json as { data: { id: string }[] };
    const post = (name: string) => client.request({ method: 'POST', path: '/metadata/views', body: { objectMetadataId: objects.data[0]!.id, name } });
    await post('tcfix-20261206t080000-old1 view');
    await post('tcfix-20261206t095500-new1 view');
    const result = await removeTaggedMetadata(client, { olderThanMs: 30 * 60_000, now: new Date('2026-12-06T10:00:00Z') });
    assert.deepEqual([result.removed['metadata views'], result.runs], [1, ['20261206t080000-old1']]);
  });
});
