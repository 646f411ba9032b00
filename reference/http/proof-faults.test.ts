// The HTTP-level proof faults (reference/faults/proofs.ts), each against the
// faithful answer to the same request: the bug shows, and only where it lives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FaultName } from '../faults/catalogue.ts';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';

async function withServer(fault: FaultName | undefined, work: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startTestServer(fault ? { fault } : {});
  try {
    await work(server);
  } finally {
    await server.stop();
  }
}

const oneId = '00000000-0000-4000-8000-000000000001';

test('bearer-scheme-case-sensitive: "bearer <key>" is refused as missing, "Bearer <key>" still works', async () => {
  await withServer('bearer-scheme-case-sensitive', async (server) => {
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people', { headers: { authorization: `bearer ${server.apiKey}` } })).status, 403);
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey })).status, 200);
  });
});

test('missing-token-answers-401: no token answers 401 Token invalid. instead of 403', async () => {
  await withServer('missing-token-answers-401', async (server) => {
    const response = await call(server.baseUrl, 'GET', '/rest/people');
    assert.deepEqual([response.status, response.body.messages], [401, ['Token invalid.']]);
  });
});

test('batch-body-validated-before-auth: an empty batch answers 400 without a credential; faithfully 403', async () => {
  for (const [fault, status] of [[undefined, 403], ['batch-body-validated-before-auth', 400]] as const) {
    await withServer(fault, async (server) => {
      assert.equal((await call(server.baseUrl, 'POST', '/rest/batch/people', { body: [] })).status, status, String(fault));
    });
  }
});

test('one-route-requires-user-token: the API key is refused on get-one only', async () => {
  await withServer('one-route-requires-user-token', async (server) => {
    assert.equal((await call(server.baseUrl, 'GET', `/rest/people/${oneId}`, { token: server.apiKey })).status, 401);
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey })).status, 200);
    assert.equal((await call(server.baseUrl, 'POST', '/rest/batch/people', { token: server.apiKey, body: [] })).status, 400);
  });
});

test('openapi-reads-query-token-only: the header key gets the base document, ?token= the full one', async () => {
  await withServer('openapi-reads-query-token-only', async (server) => {
    const withHeader = await call(server.baseUrl, 'GET', '/rest/open-api/core', { token: server.apiKey });
    assert.equal(Object.keys(withHeader.body.paths).some((path) => path.startsWith('/people')), false);
    const withQuery = await call(server.baseUrl, 'GET', `/rest/open-api/core?token=${server.apiKey}`);
    assert.equal(Object.keys(withQuery.body.paths).some((path) => path.startsWith('/people')), true);
  });
});

test('openapi-path-id-optional: the {id} path parameter is written required: false', async () => {
  for (const [fault, required] of [[undefined, true], ['openapi-path-id-optional', false]] as const) {
    await withServer(fault, async (server) => {
      const document = (await call(server.baseUrl, 'GET', '/rest/open-api/core', { token: server.apiKey })).body;
      assert.equal(document.components.parameters.idPath.required, required, String(fault));
    });
  }
});

test('error-body-status-code-as-text: every error body carries statusCode as a string', async () => {
  await withServer('error-body-status-code-as-text', async (server) => {
    const response = await call(server.baseUrl, 'GET', '/rest/people?limit=abc', { token: server.apiKey });
    assert.deepEqual([response.status, response.body.statusCode], [400, '400']);
  });
});

test('create-answers-200: create and batch create answer 200 with the records', async () => {
  await withServer('create-answers-200', async (server) => {
    const one = await call(server.baseUrl, 'POST', '/rest/companies', { token: server.apiKey, body: { name: 'Acme' } });
    assert.equal(one.status, 200);
    assert.equal(typeof one.body.data.createCompany.id, 'string');
    const batch = await call(server.baseUrl, 'POST', '/rest/batch/companies', { token: server.apiKey, body: [{ name: 'A' }, { name: 'B' }] });
    assert.deepEqual([batch.status, batch.body.data.createCompanies.length], [200, 2]);
  });
});

test('invalid-limit-falls-back, malformed-order-by-ignored: answered 200 where the faithful server answers 400', async () => {
  await withServer('invalid-limit-falls-back', async (server) => {
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people?limit=abc', { token: server.apiKey })).status, 200);
  });
  await withServer('malformed-order-by-ignored', async (server) => {
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people?order_by=name[Sideways]', { token: server.apiKey })).status, 200);
  });
  await withServer(undefined, async (server) => {
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people?limit=abc', { token: server.apiKey })).status, 400);
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people?order_by=name[Sideways]', { token: server.apiKey })).status, 400);
  });
});
