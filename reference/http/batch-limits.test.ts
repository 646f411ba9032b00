// Twenty's 200-record caps per write request, over HTTP (in-memory engine).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

const companies = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => ({ name: `${prefix} ${index}` }));
const send = (method: string, path: string, body?: unknown) => call(server.baseUrl, method, path, { token: server.apiKey, ...(body !== undefined ? { body } : {}) });

test('a batch create of 201 records is refused whole; 200 are accepted', async () => {
  const refused = await send('POST', '/rest/batch/companies', companies(201, 'Over'));
  assert.deepEqual([refused.status, refused.body], [400, { statusCode: 400, error: 'BadRequestException', messages: ['Maximum number of records to upsert is 200.'] }]);
  const accepted = await send('POST', '/rest/batch/companies', companies(200, 'Cap'));
  assert.equal(accepted.status, 201);
  assert.equal(accepted.body.data.createCompanies.length, 200);
});

test('an update by filter matching more than 200 records is refused; 200 are updated', async () => {
  await send('POST', '/rest/batch/companies', companies(1, 'Cap'));
  const refused = await send('PATCH', '/rest/companies?filter=id[is]:NOT_NULL', { employees: 1 });
  assert.deepEqual([refused.status, refused.body], [400, { statusCode: 400, error: 'BadRequestException', messages: ['Cannot update more than 200 records at once'] }]);
  const ids = server.engine.records(companyObject()).slice(0, 200).map((record) => record['id'] as string);
  const accepted = await send('PATCH', `/rest/companies?filter=id[in]:[${ids.join(',')}]`, { employees: 2 });
  assert.equal(accepted.status, 200);
  assert.equal(accepted.body.data.updateCompanies.length, 200);
});

const companyObject = () => STANDARD_DATAMODEL.objects.find((object) => object.nameSingular === 'company')!;
