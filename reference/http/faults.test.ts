// One test per fault owned by the HTTP layer: each must change behaviour in
// the way its catalogue entry says, against the same request on a faithful server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';
import type { FaultName } from '../faults/catalogue.ts';

function withServer(fault: FaultName | null, body: (server: () => TestServer) => void) {
  describe(fault ?? 'faithful', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(fault === null ? {} : { fault });
    });
    after(() => server.stop());
    body(() => server);
  });
}

const tamper = (token: string) => token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');

withServer('token-in-query-accepted', (server) => {
  test('a ?token= authenticates a request without a header', async () => {
    const response = await call(server().baseUrl, 'GET', `/rest/people?token=${server().apiKey}`);
    assert.equal(response.status, 200);
    const document = await call(server().baseUrl, 'GET', `/rest/open-api/core?token=${server().apiKey}`);
    assert.ok(document.body.paths['/people'], 'the full document is served for a query token');
  });
});

withServer('expired-token-accepted', (server) => {
  test('an expired key is accepted', async () => {
    assert.equal((await call(server().baseUrl, 'GET', '/rest/people', { token: server().expiredApiKey })).status, 200);
  });
});

withServer('signature-not-verified', (server) => {
  test('a tampered key is accepted, a malformed one still is not', async () => {
    assert.equal((await call(server().baseUrl, 'GET', '/rest/people', { token: tamper(server().apiKey) })).status, 200);
    assert.equal((await call(server().baseUrl, 'GET', '/rest/people', { token: 'garbage' })).status, 401);
  });
});

withServer('token-echoed-in-error', (server) => {
  test('the 401 body quotes the rejected token', async () => {
    const token = tamper(server().apiKey);
    const response = await call(server().baseUrl, 'GET', '/rest/people', { token });
    assert.equal(response.status, 401);
    assert.ok(response.text.includes(token));
  });
});

withServer('default-direction-desc', (server) => {
  test('an item without a direction sorts descending', async () => {
    await call(server().baseUrl, 'GET', '/rest/people?order_by=city', { token: server().apiKey });
    const args = server().engine.findManyCalls.at(-1)!;
    assert.deepEqual(args.orderBy[0], { path: ['city'], direction: 'DescNullsFirst' });
  });
});

withServer('limit-not-clamped', (server) => {
  test('a limit above the maximum is honoured', async () => {
    await call(server().baseUrl, 'GET', '/rest/people?limit=500', { token: server().apiKey });
    assert.equal(server().engine.findManyCalls.at(-1)!.limit, 500);
  });
});

withServer('page-info-drops-cursors', (server) => {
  test('pageInfo has no cursors', async () => {
    const response = await call(server().baseUrl, 'GET', '/rest/people', { token: server().apiKey });
    assert.deepEqual(Object.keys(response.body.pageInfo).sort(), ['hasNextPage', 'hasPreviousPage']);
  });
});

withServer('find-one-wrong-envelope-key', (server) => {
  test('find one answers under the plural key', async () => {
    const created = await call(server().baseUrl, 'POST', '/rest/people', { token: server().apiKey, body: { city: 'x' } });
    const id: string = created.body.data.createPerson.id;
    const response = await call(server().baseUrl, 'GET', `/rest/people/${id}`, { token: server().apiKey });
    assert.equal(response.body.data.people.id, id);
    assert.equal(response.body.data.person, undefined);
  });
});

withServer('malformed-filter-500', (server) => {
  test('an unbalanced filter answers 500 with a database message; a balanced bad one stays 400', async () => {
    const response = await call(server().baseUrl, 'GET', '/rest/people?filter=and(city[eq]:x', { token: server().apiKey });
    assert.equal(response.status, 500);
    assert.deepEqual(response.body.messages, ['syntax error at end of input']);
    const balanced = await call(server().baseUrl, 'GET', '/rest/people?filter=nope', { token: server().apiKey });
    assert.equal(balanced.status, 400);
  });
});

withServer('bad-uuid-500', (server) => {
  test('a malformed id answers 500 with the Postgres message', async () => {
    const response = await call(server().baseUrl, 'GET', '/rest/people/malformed-uuid', { token: server().apiKey });
    assert.equal(response.status, 500);
    assert.deepEqual(response.body.messages, ['invalid input syntax for type uuid: "malformed-uuid"']);
  });
});

withServer(null, (server) => {
  test('the faithful server does none of the above', async () => {
    const { baseUrl, apiKey, expiredApiKey } = server();
    assert.equal((await call(baseUrl, 'GET', `/rest/people?token=${apiKey}`)).status, 403);
    assert.equal((await call(baseUrl, 'GET', '/rest/people', { token: expiredApiKey })).status, 401);
    const tampered = await call(baseUrl, 'GET', '/rest/people', { token: tamper(apiKey) });
    assert.equal(tampered.status, 401);
    assert.ok(!tampered.text.includes(tamper(apiKey)));
    await call(baseUrl, 'GET', '/rest/people?order_by=city&limit=500', { token: apiKey });
    const args = server().engine.findManyCalls.at(-1)!;
    assert.deepEqual([args.orderBy[0]?.direction, args.limit], ['AscNullsFirst', 60]);
    const list = await call(baseUrl, 'GET', '/rest/people', { token: apiKey });
    assert.ok('startCursor' in list.body.pageInfo);
    assert.equal((await call(baseUrl, 'GET', '/rest/people?filter=and(city[eq]:x', { token: apiKey })).status, 400);
    assert.equal((await call(baseUrl, 'GET', '/rest/people/malformed-uuid', { token: apiKey })).status, 400);
  });
});
