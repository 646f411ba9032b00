// The era-D restore routes and the bulk-delete filter rule over real HTTP
// (in-memory engine): PATCH /rest/{plural}/{id}/restore, PATCH /rest/{plural}/restore?filter=…
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';

let server: TestServer;
let faulty: TestServer;
before(async () => {
  server = await startTestServer();
  faulty = await startTestServer({ fault: 'bulk-delete-without-filter' });
});
after(async () => {
  await server.stop();
  await faulty.stop();
});

test('restore one answers 200 restore<Singular>; restore many restore<Plural>', async () => {
  const created = await call(server.baseUrl, 'POST', '/rest/companies', { token: server.apiKey, body: { name: 'Phoenix' } });
  const id = created.body.data.createCompany.id as string;
  const one = await call(server.baseUrl, 'PATCH', `/rest/companies/${id}/restore`, { token: server.apiKey });
  assert.equal(one.status, 200);
  assert.equal(one.body.data.restoreCompany.id, id);
  const many = await call(server.baseUrl, 'PATCH', `/rest/companies/restore?filter=${encodeURIComponent(`id[eq]:${id}`)}`, { token: server.apiKey });
  assert.equal(many.status, 200);
  assert.deepEqual(many.body.data.restoreCompanies.map((record: { id: string }) => record.id), [id]);
});

test('restore paths: a bad id is 400, other methods 404, restore many needs a filter', async () => {
  const bad = await call(server.baseUrl, 'PATCH', '/rest/companies/not-a-uuid/restore', { token: server.apiKey });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.messages, ["'not-a-uuid' is not a valid UUID"]);
  const get = await call(server.baseUrl, 'GET', '/rest/companies/restore', { token: server.apiKey });
  assert.equal(get.status, 404);
  const unfiltered = await call(server.baseUrl, 'PATCH', '/rest/companies/restore', { token: server.apiKey });
  assert.equal(unfiltered.status, 400);
});

test('bulk DELETE without a filter: 400 on the faithful server, everything gone under bulk-delete-without-filter', async () => {
  for (const target of [server, faulty]) {
    await call(target.baseUrl, 'POST', '/rest/batch/people', { token: target.apiKey, body: [{ city: 'A' }, { city: 'B' }] });
  }
  const refused = await call(server.baseUrl, 'DELETE', '/rest/people?soft_delete=true', { token: server.apiKey });
  assert.equal(refused.status, 400);
  assert.deepEqual(refused.body.messages, ['Filters are mandatory for bulk delete operations']);
  const wiped = await call(faulty.baseUrl, 'DELETE', '/rest/people', { token: faulty.apiKey });
  assert.equal(wiped.status, 200);
  assert.equal(faulty.engine.records({ nameSingular: 'person' } as never).length, 0);
});
