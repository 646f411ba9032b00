// API-key roles over HTTP on the real engine: the extra keys `--print-keys` prints,
// each answered as Twenty answers a role (a refused write is 400 with
// PERMISSION_DENIED's text and writes nothing; an unreadable field is left out).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

const DENIED = { statusCode: 400, error: 'BadRequestException', messages: ['Entity performing the request does not have permission'] };

describe('API-key roles', () => {
  let reference: RunningReference;
  const as = (key: string) => (method: string, path: string, body?: unknown) => call(reference.baseUrl, method, path, { token: key, ...(body !== undefined ? { body } : {}) });
  const total = async (plural: string) => (await call(reference.baseUrl, 'GET', `/rest/${plural}?limit=1`, { token: reference.apiKey })).body.totalCount as number;
  before(async () => {
    reference = await startReference({});
  });
  after(() => reference.stop());

  test('every restricted role has a key of its own, distinct from the main one', () => {
    const keys = Object.values(reference.roleKeys);
    assert.equal(keys.length, 4);
    assert.equal(new Set([...keys, reference.apiKey]).size, 5);
  });

  test('readOnly: reads work, every write is refused with 400 and writes nothing', async () => {
    const send = as(reference.roleKeys.readOnly);
    assert.equal((await send('GET', '/rest/companies?limit=1')).status, 200);
    const before = await total('companies');
    const created = await send('POST', '/rest/companies', { name: 'Read only' });
    assert.deepEqual([created.status, created.body], [400, DENIED]);
    const batch = await send('POST', '/rest/batch/companies', [{ name: 'Read only' }]);
    assert.deepEqual([batch.status, batch.body], [400, DENIED]);
    const id = (await send('GET', '/rest/companies?limit=1')).body.data.companies[0].id;
    assert.deepEqual((await send('PATCH', `/rest/companies/${id}`, { name: 'x' })).body, DENIED);
    assert.deepEqual((await send('DELETE', `/rest/companies/${id}?soft_delete=true`)).body, DENIED);
    assert.equal(await total('companies'), before);
  });

  test('objectDenied: opportunities refuse writes, other objects accept them', async () => {
    const send = as(reference.roleKeys.objectDenied);
    assert.equal((await send('GET', '/rest/opportunities?limit=1')).status, 200);
    const refused = await send('POST', '/rest/opportunities', { name: 'Denied' });
    assert.deepEqual([refused.status, refused.body], [400, DENIED]);
    assert.equal((await send('POST', '/rest/companies', { name: 'Allowed' })).status, 201);
  });

  test('fieldNotWritable: a write naming person.jobTitle is refused; one without it goes through', async () => {
    const send = as(reference.roleKeys.fieldNotWritable);
    const refused = await send('POST', '/rest/people', { jobTitle: 'CTO', city: 'Paris' });
    assert.deepEqual([refused.status, refused.body], [400, DENIED]);
    const created = await send('POST', '/rest/people', { city: 'Paris' });
    assert.equal(created.status, 201);
    const id = created.body.data.createPerson.id;
    assert.deepEqual((await send('PATCH', `/rest/people/${id}`, { jobTitle: 'CTO' })).body, DENIED);
  });

  test('fieldNotReadable: person.city is left out of every record it is answered', async () => {
    const send = as(reference.roleKeys.fieldNotReadable);
    const list = await send('GET', '/rest/people?limit=3');
    assert.equal(list.status, 200);
    for (const record of list.body.data.people) {
      assert.equal('city' in record, false);
      assert.equal('jobTitle' in record, true);
    }
    const created = await send('POST', '/rest/people', { jobTitle: 'Engineer' });
    assert.equal('city' in created.body.data.createPerson, false);
    const full = await call(reference.baseUrl, 'GET', '/rest/people?limit=1', { token: reference.apiKey });
    assert.equal('city' in full.body.data.people[0], true);
  });
});
