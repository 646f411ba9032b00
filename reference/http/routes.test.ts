// Routes, envelopes, statuses and error precedence of the reference's HTTP layer,
// over real HTTP (one server on port 0 for the whole file, in-memory engine).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';

let server: TestServer;
const companies = STANDARD_DATAMODEL.objects.find((object) => object.namePlural === 'companies')!;
const get = (path: string) => call(server.baseUrl, 'GET', path, { token: server.apiKey });
const lastFindMany = () => server.engine.findManyCalls[server.engine.findManyCalls.length - 1]!;

before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

describe('envelopes and statuses (contract §1.2)', () => {
  test('create one answers 201 with create<Singular>', async () => {
    const response = await call(server.baseUrl, 'POST', '/rest/companies', { token: server.apiKey, body: { name: 'Acme' } });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.body.data.createCompany.name, 'Acme');
  });

  test('batch create answers 201 with create<Plural> in input order', async () => {
    const response = await call(server.baseUrl, 'POST', '/rest/batch/people', {
      token: server.apiKey,
      body: [{ city: 'Paris' }, { city: 'Oslo' }],
    });
    assert.equal(response.status, 201);
    assert.deepEqual(
      response.body.data.createPeople.map((person: { city: string }) => person.city),
      ['Paris', 'Oslo'],
    );
  });

  test('find many answers data.<plural>, totalCount and all four pageInfo keys', async () => {
    const response = await get('/rest/people');
    assert.equal(response.status, 200);
    assert.equal(response.body.data.people.length, 2);
    assert.equal(response.body.totalCount, 2);
    assert.deepEqual(Object.keys(response.body.pageInfo).sort(), ['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
  });

  test('find one, update (PATCH and PUT) and delete use the singular keys', async () => {
    const created = await call(server.baseUrl, 'POST', '/rest/opportunities', { token: server.apiKey, body: { name: 'Deal' } });
    const id: string = created.body.data.createOpportunity.id;
    const found = await get(`/rest/opportunities/${id}`);
    assert.equal(found.status, 200);
    assert.equal(found.body.data.opportunity.id, id);
    const patched = await call(server.baseUrl, 'PATCH', `/rest/opportunities/${id}`, { token: server.apiKey, body: { name: 'Deal 2' } });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.data.updateOpportunity.name, 'Deal 2');
    const put = await call(server.baseUrl, 'PUT', `/rest/opportunities/${id}`, { token: server.apiKey, body: { name: 'Deal 3' } });
    assert.equal(put.body.data.updateOpportunity.name, 'Deal 3');
    const deleted = await call(server.baseUrl, 'DELETE', `/rest/opportunities/${id}`, { token: server.apiKey });
    assert.equal(deleted.status, 200);
    assert.deepEqual(deleted.body, { data: { deleteOpportunity: { id } } });
    const gone = await get(`/rest/opportunities/${id}`);
    assert.deepEqual(gone.body, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] });
  });

  test('bulk delete needs a filter, with the destroy or delete wording', async () => {
    const hard = await call(server.baseUrl, 'DELETE', '/rest/people', { token: server.apiKey });
    assert.equal(hard.status, 400);
    assert.deepEqual(hard.body.messages, ['Filters are mandatory for bulk destroy operations']);
    const soft = await call(server.baseUrl, 'DELETE', '/rest/people?soft_delete=true', { token: server.apiKey });
    assert.deepEqual(soft.body.messages, ['Filters are mandatory for bulk delete operations']);
  });

  test('bulk delete with a filter answers delete<Plural> with ids', async () => {
    // (A real workspace refuses workspaceMembers creates: a company stands in.)
    const created = await call(server.baseUrl, 'POST', '/rest/companies', { token: server.apiKey, body: { name: 'Bulk delete' } });
    const id: string = created.body.data.createCompany.id;
    const response = await call(server.baseUrl, 'DELETE', `/rest/companies?filter=id[eq]:${id}`, { token: server.apiKey });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { data: { deleteCompanies: [{ id }] } });
  });
});

describe('path errors (contract §1.1)', () => {
  const cases: [string, string][] = [
    ['/rest/foo', "object 'foo' not found. eg: companies"],
    ['/rest/company', "object 'company' not found. Did you mean 'companies'?"],
    ['/rest/people/malformed-uuid', "'malformed-uuid' is not a valid UUID"],
    [
      '/rest/people/00000000-0000-4000-8000-000000000000/x',
      "Query path '/rest/people/00000000-0000-4000-8000-000000000000/x' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies or /rest/restore/companies/id",
    ],
    ['/rest', "Query path '/rest' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies or /rest/restore/companies/id"],
  ];
  for (const [path, message] of cases) {
    test(`GET ${path} → 400 ${message.slice(0, 40)}…`, async () => {
      const response = await get(path);
      assert.equal(response.status, 400);
      assert.deepEqual(response.body, { statusCode: 400, error: 'BadRequestException', messages: [message] });
    });
  }

  test('an unknown top-level route is a JSON 404', async () => {
    const response = await call(server.baseUrl, 'GET', '/nowhere');
    assert.equal(response.status, 404);
    assert.deepEqual(response.body, { statusCode: 404, error: 'NotFoundException', messages: ['Cannot GET /nowhere'] });
  });
});

describe('query parameters (contract §5, §12)', () => {
  test('limit is defaulted to 60 and clamped to the maximum', async () => {
    await get('/rest/companies');
    assert.equal(lastFindMany().limit, 60);
    await get('/rest/companies?limit=500');
    assert.equal(lastFindMany().limit, 60);
    await get('/rest/companies?limit=7');
    assert.equal(lastFindMany().limit, 7);
  });

  test('depth defaults to 0 and rejects 2', async () => {
    await get('/rest/companies');
    assert.equal(lastFindMany().depth, 0);
    const response = await get('/rest/companies?depth=2');
    assert.deepEqual(response.body.messages, ["'depth=2' parameter invalid. Allowed values are 0, 1"]);
  });

  test('order_by is parsed with AscNullsFirst and the id tie-breaker', async () => {
    await get('/rest/companies?order_by=name,employees[DescNullsLast]');
    assert.deepEqual(lastFindMany().orderBy, [
      { path: ['name'], direction: 'AscNullsFirst' },
      { path: ['employees'], direction: 'DescNullsLast' },
      { path: ['id'], direction: 'AscNullsFirst' },
    ]);
  });

  test('a repeated filter is ignored, a repeated limit is an error (§12.11)', async () => {
    await get('/rest/companies?filter=name[eq]:a&filter=name[eq]:b');
    assert.equal(lastFindMany().filter, undefined);
    const response = await get('/rest/companies?limit=1&limit=2');
    assert.deepEqual(response.body.messages, ["limit '1,2' is invalid. Should be an integer"]);
  });

  test('a prototype-name direction fails with the runner text for the field kind (§12.2)', async () => {
    const composite = await get('/rest/companies?order_by=address[toString]');
    assert.deepEqual(composite.body.messages, [
      "Composite field \"address\" requires subfield ordering (e.g., { address: { subFieldName: 'AscNullsFirst' } })",
    ]);
    const unknown = await get('/rest/companies?order_by=nope[constructor]');
    assert.deepEqual(unknown.body.messages, ['Field "nope" does not exist or is not sortable']);
  });

  test('error precedence: depth → limit → order_by → filter → cursors conflict (§12.10)', async () => {
    const steps: [string, string][] = [
      ['depth=9&limit=-1&order_by=a[asc]&filter=x&starting_after=a&ending_before=b', "'depth=9' parameter invalid. Allowed values are 0, 1"],
      ['limit=-1&order_by=a[asc]&filter=x&starting_after=a&ending_before=b', "limit '-1' is invalid. Should be an integer"],
      [
        'order_by=a[asc]&filter=x&starting_after=a&ending_before=b',
        "'order_by' direction 'asc' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3",
      ],
      ['filter=x&starting_after=a&ending_before=b', "'filter' invalid for 'x'. eg: price[gte]:10"],
      ['starting_after=a&ending_before=b', 'Cannot provide both before and after'],
    ];
    for (const [query, message] of steps) {
      const response = await get(`/rest/companies?${query}`);
      assert.equal(response.status, 400, query);
      assert.deepEqual(response.body, { statusCode: 400, error: 'BadRequestException', messages: [message] }, query);
    }
  });

  test('an empty ending_before escapes the conflict check and reaches the engine (§12.4)', async () => {
    const response = await get('/rest/companies?starting_after=&ending_before=');
    assert.equal(response.status, 200);
    assert.equal(lastFindMany().endingBefore, '');
    assert.equal(lastFindMany().startingAfter, undefined);
  });

  test('a filter reaches the engine as an AST', async () => {
    await get('/rest/companies?filter=name[eq]:"Acme"');
    assert.deepEqual(lastFindMany().filter, {
      type: 'and',
      children: [{ type: 'leaf', path: ['name'], comparator: 'eq', value: 'Acme', quote: '"' }],
    });
  });
});

describe('bad input never breaks the server and changes no data', () => {
  test('malformed JSON is a 400 JSON error and creates nothing', async () => {
    const before = server.engine.records(companies).length;
    const response = await call(server.baseUrl, 'POST', '/rest/companies', {
      token: server.apiKey,
      rawBody: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'BadRequestException');
    assert.match(response.body.messages[0], /^Malformed JSON body/);
    assert.equal(server.engine.records(companies).length, before);
  });

  test('an oversized body is a 413 JSON error and creates nothing', async () => {
    const before = server.engine.records(companies).length;
    const response = await call(server.baseUrl, 'POST', '/rest/companies', {
      token: server.apiKey,
      body: { name: 'x'.repeat(1024 * 1024 + 10) },
    });
    assert.equal(response.status, 413);
    assert.equal(response.body.error, 'PayloadTooLargeException');
    assert.equal(server.engine.records(companies).length, before);
  });

  test('an over-long URL is a 414 JSON error, a huge header block a 431 JSON error', async () => {
    const long = await get(`/rest/companies?filter=${'a'.repeat(20 * 1024)}`);
    assert.equal(long.status, 414);
    assert.equal(long.body.error, 'URITooLongException');
    const huge = await get(`/rest/companies?filter=${'a'.repeat(300 * 1024)}`);
    assert.equal(huge.status, 431);
    assert.equal(huge.body.statusCode, 431);
  });

  test('a non-JSON body is refused with 415', async () => {
    const response = await call(server.baseUrl, 'POST', '/rest/companies', {
      token: server.apiKey,
      rawBody: 'name=Acme',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 415);
  });

  test('the server still answers after all of the above', async () => {
    const response = await get('/rest/companies?limit=1');
    assert.equal(response.status, 200);
  });

  test('an engine crash is a bare 500 that leaks nothing, and is logged', async () => {
    const original = server.engine.findOne;
    server.engine.findOne = async () => {
      throw new Error('relation "secret_table" does not exist');
    };
    try {
      const response = await get('/rest/companies/00000000-0000-4000-8000-000000000000');
      assert.equal(response.status, 500);
      assert.deepEqual(response.body, { statusCode: 500, error: 'InternalServerErrorException', messages: ['Internal server error'] });
      assert.ok(server.logs.some((line) => line.includes('secret_table')));
      assert.ok(server.logs.every((line) => !line.includes(server.apiKey)));
    } finally {
      server.engine.findOne = original;
    }
  });
});

// The metadata lists themselves run on the SQL store: metadata-routes.test.ts.
describe('GET /rest/metadata/objects (contract §1.5)', () => {
  test('needs a token', async () => {
    const response = await call(server.baseUrl, 'GET', '/rest/metadata/objects');
    assert.equal(response.status, 403);
  });
});

describe('upsert=true (§1.1)', () => {
  test('creates when the id is new, updates when it exists, and plain create refuses a duplicate', async () => {
    const id = '5a5a5a5a-0000-4000-8000-000000000001';
    const first = await call(server.baseUrl, 'POST', '/rest/companies?upsert=true', { token: server.apiKey, body: { id, name: 'One' } });
    assert.equal(first.status, 201);
    const second = await call(server.baseUrl, 'POST', '/rest/companies?upsert=true', { token: server.apiKey, body: { id, name: 'Two' } });
    assert.equal(second.body.data.createCompany.name, 'Two');
    assert.equal(server.engine.records(companies).filter((row) => row['id'] === id).length, 1);
    const duplicate = await call(server.baseUrl, 'POST', '/rest/companies', { token: server.apiKey, body: { id, name: 'Three' } });
    assert.deepEqual(duplicate.body.messages, ['Record already exists']);
  });
});
