// The contract's own schemas (schemas/*.schema.json): valid 2020-12, and
// they accept era D bodies and reject the shapes the faults produce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadContractSchemas } from './contract-schemas.ts';

function strictAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const { schema } of loadContractSchemas()) ajv.addSchema(schema);
  return ajv;
}

const cursor = Buffer.from('{"id":"x"}').toString('base64');
const list = {
  data: { companies: [{ id: 'a' }] },
  totalCount: 1,
  pageInfo: { startCursor: cursor, endCursor: cursor, hasNextPage: false, hasPreviousPage: false },
};

test('every contract schema is valid 2020-12 with an $id and a description', () => {
  const ajv = strictAjv();
  for (const { $id, schema } of loadContractSchemas()) {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(typeof schema.description === 'string' && schema.description.length > 20, $id);
    assert.ok(ajv.getSchema($id), `${$id} compiles`);
  }
});

test('list envelope: era D body passes; missing keys, two data keys and non-array records fail', () => {
  const validate = strictAjv().getSchema('https://twenty-conformance.dev/schemas/list-envelope.schema.json')!;
  assert.equal(validate(list), true);
  assert.equal(validate({ ...list, pageInfo: { ...list.pageInfo, startCursor: null, endCursor: null } }), true);
  const { pageInfo: _p, ...noPageInfo } = list;
  assert.equal(validate(noPageInfo), false);
  assert.equal(validate({ ...list, data: { companies: [], people: [] } }), false);
  assert.equal(validate({ ...list, data: {} }), false);
  assert.equal(validate({ ...list, data: { companies: { id: 'a' } } }), false);
  assert.equal(validate({ ...list, totalCount: -1 }), false);
  assert.equal(validate({ ...list, totalCount: '1' }), false);
});

test('pageInfo: all four keys are required; cursors are strings or null', () => {
  const validate = strictAjv().getSchema('https://twenty-conformance.dev/schemas/page-info.schema.json')!;
  assert.equal(validate(list.pageInfo), true);
  const { hasPreviousPage: _h, ...three } = list.pageInfo;
  assert.equal(validate(three), false);
  assert.equal(validate({ ...list.pageInfo, endCursor: 5 }), false);
  assert.equal(validate({ ...list.pageInfo, hasNextPage: 'false' }), false);
});

test('error body: post-auth and auth-middleware variants pass; `message` alone and empty messages fail', () => {
  const validate = strictAjv().getSchema('https://twenty-conformance.dev/schemas/error-body.schema.json')!;
  assert.equal(validate({ statusCode: 400, error: 'BadRequestException', messages: ["'x' is not a valid UUID"] }), true);
  assert.equal(validate({ statusCode: 403, messages: ['Missing authentication token'], error: 'FORBIDDEN_EXCEPTION' }), true);
  assert.equal(validate({ statusCode: 429, error: 'RATE_LIMITED', messages: ['Rate limit exceeded'], limit: 3, code: 'RATE_LIMITED' }), true);
  assert.equal(validate({ statusCode: 401, message: 'Token invalid.', error: 'Unauthorized' }), false);
  assert.equal(validate({ statusCode: 400, error: 'BadRequestException', messages: [] }), false);
  assert.equal(validate({ statusCode: 200, error: 'x', messages: ['x'] }), false);
  assert.equal(validate({ statusCode: 400.5, error: 'x', messages: ['x'] }), false);
});
