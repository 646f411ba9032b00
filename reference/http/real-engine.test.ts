// The HTTP layer over the real SQL engine (PGlite, seeded): bad input changes
// no data, the published document describes the real records, --max-limit is
// honoured end to end, and the HTTP-layer faults show on real answers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

const SINGULAR: Record<string, string> = {
  companies: 'Company',
  people: 'Person',
  opportunities: 'Opportunity',
  workspaceMembers: 'WorkspaceMember',
};

describe('faithful reference, --max-limit 5', () => {
  let reference: RunningReference;
  const get = (path: string) => call(reference.baseUrl, 'GET', path, { token: reference.apiKey });
  before(async () => {
    reference = await startReference({ maxLimit: 5 });
  });
  after(() => reference.stop());

  test('limit is clamped to the maximum the document publishes', async () => {
    const document = await get('/rest/open-api/core');
    assert.equal(document.body.components.parameters.limit.schema.maximum, 5);
    const page = await get('/rest/people?limit=50');
    assert.equal(page.body.data.people.length, 5);
    assert.ok(page.body.totalCount > 5);
  });

  test('every seeded record, at depth 0 and 1, fits the ForResponse schema of its object', async () => {
    const { body: document } = await get('/rest/open-api/core');
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    for (const [plural, singular] of Object.entries(SINGULAR)) {
      const validate = ajv.compile({ $ref: `#/components/schemas/${singular}ForResponse` });
      for (const depth of [0, 1]) {
        let cursor: string | null = null;
        do {
          const page = await get(`/rest/${plural}?depth=${depth}${cursor ? `&starting_after=${encodeURIComponent(cursor)}` : ''}`);
          assert.equal(page.status, 200);
          for (const record of page.body.data[plural]) assert.ok(validate(record), `${plural} depth ${depth}: ${JSON.stringify(validate.errors)}`);
          cursor = page.body.pageInfo.hasNextPage ? page.body.pageInfo.endCursor : null;
        } while (cursor);
      }
    }
  });

  test('malformed JSON, an oversized body and a batch with one bad item change no data', async () => {
    const before = (await get('/rest/companies')).body.totalCount;
    const malformed = await call(reference.baseUrl, 'POST', '/rest/companies', {
      token: reference.apiKey,
      rawBody: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(malformed.status, 400);
    const oversized = await call(reference.baseUrl, 'POST', '/rest/batch/companies', {
      token: reference.apiKey,
      body: [{ name: 'x'.repeat(2 * 1024 * 1024) }],
    });
    assert.equal(oversized.status, 413);
    const batch = await call(reference.baseUrl, 'POST', '/rest/batch/opportunities', {
      token: reference.apiKey,
      body: [{ name: 'fine' }, { name: 'bad', stage: 'NOT_A_STAGE' }],
    });
    assert.equal(batch.status, 400);
    assert.equal((await get('/rest/companies')).body.totalCount, before);
    assert.equal((await get('/rest/opportunities?filter=name[eq]:fine')).body.totalCount, 0);
  });

  test('an unbalanced filter and a bad id are 400s on the faithful server', async () => {
    const filter = await get('/rest/people?filter=and(city[eq]:x');
    assert.deepEqual(filter.body, {
      statusCode: 400,
      error: 'BadRequestException',
      messages: ["'filter' invalid. 1 close bracket is missing in the query"],
    });
    assert.equal((await get('/rest/people/not-a-uuid')).status, 400);
  });
});

describe('HTTP-layer faults on real answers', () => {
  const references: RunningReference[] = [];
  after(() => Promise.all(references.map((reference) => reference.stop())));
  const start = async (fault: string) => {
    const reference = await startReference({ fault, log: () => {} });
    references.push(reference);
    return reference;
  };

  test('bad-uuid-500: the id reaches Postgres and its message comes back in a 500', async () => {
    const reference = await start('bad-uuid-500');
    const response = await call(reference.baseUrl, 'GET', '/rest/people/not-a-uuid', { token: reference.apiKey });
    assert.equal(response.status, 500);
    assert.deepEqual(response.body.messages, ['invalid input syntax for type uuid: "not-a-uuid"']);
  });

  test('malformed-filter-500: an unbalanced filter answers 500 with a database message', async () => {
    const reference = await start('malformed-filter-500');
    const response = await call(reference.baseUrl, 'GET', '/rest/people?filter=and(city[eq]:x', { token: reference.apiKey });
    assert.equal(response.status, 500);
    assert.match(response.body.messages[0], /^syntax error/);
  });

  test('default-direction-desc: order_by=position lists the highest position first', async () => {
    const reference = await start('default-direction-desc');
    const response = await call(reference.baseUrl, 'GET', '/rest/companies?order_by=position&limit=60', { token: reference.apiKey });
    const positions: number[] = response.body.data.companies.map((company: { position: number }) => company.position);
    assert.deepEqual(positions, [...positions].sort((a, b) => b - a));
    assert.notDeepEqual(positions, [...positions].sort((a, b) => a - b));
  });
});
