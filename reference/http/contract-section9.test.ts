// Contract §9 (Twenty's own integration tests) replayed against the full
// reference: real engine on PGlite, unseeded, four people with positions 0..3.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

let reference: RunningReference;
let companyId: string;
const people: { id: string; position: number }[] = [];
const get = (path: string) => call(reference.baseUrl, 'GET', path, { token: reference.apiKey });
const send = (method: string, path: string, body?: unknown) =>
  call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });

before(async () => {
  reference = await startReference({ seed: false });
  const company = await send('POST', '/rest/companies', { name: 'Testing', domainName: { primaryLinkUrl: 'https://test.com' } });
  assert.equal(company.status, 201, company.text);
  companyId = company.body.data.createCompany.id;
  for (const position of [0, 1, 2, 3]) {
    const created = await send('POST', '/rest/people', { position, city: `City ${position}`, companyId });
    assert.equal(created.status, 201, created.text);
    people.push({ id: created.body.data.createPerson.id, position });
  }
  people.sort((a, b) => a.id.localeCompare(b.id));
});
after(() => reference?.stop());

describe('find many (rest-api-core-find-many)', () => {
  test('GET /people: 4 records, cursors defined, totalCount 4, no next page', async () => {
    const { status, body } = await get('/rest/people');
    assert.equal(status, 200);
    assert.equal(body.data.people.length, 4);
    assert.equal(body.totalCount, 4);
    assert.equal(typeof body.pageInfo.startCursor, 'string');
    assert.equal(typeof body.pageInfo.endCursor, 'string');
    assert.equal(body.pageInfo.hasNextPage, false);
  });

  test('limit=3: 3 records, totalCount 4, hasNextPage', async () => {
    const { body } = await get('/rest/people?limit=3');
    assert.equal(body.data.people.length, 3);
    assert.equal(body.totalCount, 4);
    assert.equal(body.pageInfo.hasNextPage, true);
  });

  test('filter=position[lte]:1 and position[lt]:2: 2 records, totalCount 2', async () => {
    for (const filter of ['position[lte]:1', 'position[lt]:2']) {
      const { body } = await get(`/rest/people?filter=${filter}`);
      assert.equal(body.data.people.length, 2, filter);
      assert.equal(body.totalCount, 2, filter);
      assert.equal(body.pageInfo.hasNextPage, false, filter);
    }
  });

  test('starting_after the first page start returns its second record', async () => {
    const first = await get('/rest/people?limit=2');
    const next = await get(`/rest/people?limit=1&starting_after=${encodeURIComponent(first.body.pageInfo.startCursor)}`);
    assert.equal(next.body.data.people[0].id, first.body.data.people[1].id);
  });

  test('ending_before the end cursor of 4 returns records 2 and 3 in order', async () => {
    const all = await get('/rest/people?limit=4');
    const before = await get(`/rest/people?limit=2&ending_before=${encodeURIComponent(all.body.pageInfo.endCursor)}`);
    assert.deepEqual(
      before.body.data.people.map((person: { id: string }) => person.id),
      all.body.data.people.slice(1, 3).map((person: { id: string }) => person.id),
    );
  });

  test('order_by position Desc then starting_after: positions 3,2 then 1', async () => {
    const page = await get('/rest/people?order_by=position[DescNullsLast]&limit=2');
    assert.deepEqual(page.body.data.people.map((person: { position: number }) => person.position), [3, 2]);
    assert.equal(page.body.pageInfo.hasNextPage, true);
    const next = await get(`/rest/people?order_by=position[DescNullsLast]&limit=2&starting_after=${encodeURIComponent(page.body.pageInfo.endCursor)}`);
    assert.equal(next.body.data.people[0].position, 1);
  });

  test('order_by position AscNullsLast sorts ascending', async () => {
    const { body } = await get('/rest/people?order_by=position[AscNullsLast]');
    assert.deepEqual(body.data.people.map((person: { position: number }) => person.position), [0, 1, 2, 3]);
  });

  test('companyId[in] with a quoted uuid works', async () => {
    const { status, body } = await get(`/rest/people?filter=companyId[in]:["${companyId}"]`);
    assert.equal(status, 200);
    assert.equal(body.totalCount, 4);
  });

  test('an invalid cursor is 400 Invalid cursor', async () => {
    const { status, body } = await get('/rest/people?starting_after=invalid-cursor');
    assert.equal(status, 400);
    assert.equal(body.error, 'BadRequestException');
    assert.match(body.messages[0], /Invalid cursor/);
  });

  test('filter + order_by + limit gives at most 2 records', async () => {
    const { status, body } = await get('/rest/people?filter=position[gt]:0&order_by=city[AscNullsFirst]&limit=2');
    assert.equal(status, 200);
    assert.ok(body.data.people.length <= 2);
  });

  test('ordering by a composite without sub-field is 400', async () => {
    assert.equal((await get('/rest/people?order_by=name[AscNullsLast]')).status, 400);
  });

  test('depth 0 has the join column only, depth 1 embeds the company without its relations, depth 2 is 400', async () => {
    const shallow = await get('/rest/people?depth=0&limit=1');
    assert.equal(shallow.body.data.people[0].companyId, companyId);
    assert.equal(shallow.body.data.people[0].company, undefined);
    const deep = await get('/rest/people?depth=1&limit=1');
    assert.equal(deep.body.data.people[0].company.domainName.primaryLinkUrl, 'https://test.com');
    assert.equal(deep.body.data.people[0].company.people, undefined);
    assert.equal((await get('/rest/people?depth=2')).status, 400);
  });
});

describe('find one, create, update, delete', () => {
  test('GET one: 200 data.person; unknown id 404; malformed 400', async () => {
    const person = people[0]!;
    const found = await get(`/rest/people/${person.id}`);
    assert.equal(found.body.data.person.id, person.id);
    const missing = await get('/rest/people/20202020-0000-4000-8000-000000000000');
    assert.deepEqual(missing.body, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] });
    const malformed = await get('/rest/people/malformed-uuid');
    assert.equal(malformed.status, 400);
    assert.match(malformed.body.messages[0], /'malformed-uuid' is not a valid UUID/);
  });

  test('create with an API key sets createdBy API with no member; duplicate id is 400', async () => {
    const created = await send('POST', '/rest/people', { city: 'Lyon' });
    assert.equal(created.status, 201);
    const person = created.body.data.createPerson;
    assert.equal(person.createdBy.source, 'API');
    assert.equal(person.createdBy.workspaceMemberId, null);
    const duplicate = await send('POST', '/rest/people', { id: person.id, city: 'Lyon' });
    assert.equal(duplicate.status, 400);
    assert.match(duplicate.body.messages[0], /Record already exists/);
    await send('DELETE', `/rest/people/${person.id}`);
  });

  test('batch create answers createPeople in input order', async () => {
    const created = await send('POST', '/rest/batch/people', [{ city: 'A' }, { city: 'B' }]);
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.data.createPeople.map((person: { city: string }) => person.city), ['A', 'B']);
    for (const person of created.body.data.createPeople as { id: string }[]) await send('DELETE', `/rest/people/${person.id}`);
  });

  test('an invalid SELECT value is a 400', async () => {
    const response = await send('POST', '/rest/opportunities', { name: 'x', stage: 'INVALID_ENUM_VALUE' });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'BadRequestException');
  });

  test('PATCH answers updatePerson; unset TEXT reads back ""', async () => {
    const person = people[1]!;
    const response = await send('PATCH', `/rest/people/${person.id}`, { name: { firstName: 'Ada', lastName: 'L' } });
    assert.equal(response.status, 200);
    assert.equal(response.body.data.updatePerson.name.firstName, 'Ada');
    assert.equal(response.body.data.updatePerson.jobTitle, '');
    assert.equal(response.body.data.updatePerson.companyId, companyId);
  });

  test('DELETE answers exactly {id}; again 404; bulk delete without filter 400', async () => {
    const created = await send('POST', '/rest/people', { city: 'Gone' });
    const id: string = created.body.data.createPerson.id;
    const deleted = await send('DELETE', `/rest/people/${id}`);
    assert.deepEqual(deleted.body, { data: { deletePerson: { id } } });
    assert.equal((await send('DELETE', `/rest/people/${id}`)).status, 404);
    assert.deepEqual((await send('DELETE', '/rest/people?soft_delete=false')).body.messages, ['Filters are mandatory for bulk destroy operations']);
    assert.deepEqual((await send('DELETE', '/rest/people?soft_delete=true')).body.messages, ['Filters are mandatory for bulk delete operations']);
  });

  test('a soft-deleted record leaves lists and comes back with a deletedAt filter', async () => {
    const created = await send('POST', '/rest/people', { city: 'Soft' });
    const id: string = created.body.data.createPerson.id;
    assert.equal((await send('DELETE', `/rest/people/${id}?soft_delete=true`)).status, 200);
    const listed = await get(`/rest/people?filter=id[eq]:${id}`);
    assert.equal(listed.body.totalCount, 0);
    const withDeleted = await get(`/rest/people?filter=and(id[eq]:${id},deletedAt[is]:NOT_NULL)`);
    assert.equal(withDeleted.body.totalCount, 1);
    await send('DELETE', `/rest/people/${id}`);
  });
});

describe('authentication (rest-api-core-authentication, url-token-auth-rejection)', () => {
  test('empty bearer 403, invalid 401, expired 401, ?token= 403, document without /people', async () => {
    const empty = await call(reference.baseUrl, 'POST', '/rest/people', { headers: { authorization: 'Bearer ' }, body: {} });
    assert.deepEqual(empty.body, { statusCode: 403, error: 'FORBIDDEN_EXCEPTION', messages: ['Missing authentication token'] });
    const invalid = await call(reference.baseUrl, 'GET', '/rest/people', { token: 'invalid-token' });
    assert.deepEqual(invalid.body, { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] });
    const expired = await call(reference.baseUrl, 'GET', '/rest/people', { token: reference.expiredApiKey });
    assert.deepEqual(expired.body.messages, ['Token has expired.']);
    const query = await call(reference.baseUrl, 'POST', `/rest/people?token=${reference.apiKey}`, { body: {} });
    assert.equal(query.status, 403);
    const document = await call(reference.baseUrl, 'GET', `/rest/open-api/core?token=${reference.apiKey}`);
    assert.equal(document.status, 200);
    assert.equal(document.body.paths['/people'], undefined);
  });
});
