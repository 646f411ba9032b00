import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createResponseValidator } from './response-validator.ts';
import { judgeDocumentedBody, judgeListEnvelope, judgeNotFound, judgeProjection, judgeRecordEnvelope, judgeUnknownFieldRefusal } from './read-judges.ts';
import { RECORD_ID, listBody, twentyLike31 } from '../../testing/contracts/test-documents.ts';

const answer = (status: number, json: unknown) => ({ status, json, body: JSON.stringify(json) ?? '' });
const LIST = 'GET /companies';

describe('judgeListEnvelope (RESP-001)', () => {
  test('valid: data.<plural>[], an integer totalCount and the four pageInfo keys', () => {
    assert.equal(judgeListEnvelope(answer(200, listBody()), 'companies', LIST), null);
  });
  test('invalid: another status, no list, a string totalCount, pageInfo without cursors', () => {
    assert.deepEqual(judgeListEnvelope(answer(500, {}), 'companies', LIST), { received: 'HTTP 500', expected: 'HTTP 200 for GET /companies' });
    assert.deepEqual(judgeListEnvelope(answer(200, listBody({ data: {} })), 'companies', LIST), { received: 'data keys []', expected: 'data.companies as an array' });
    assert.deepEqual(judgeListEnvelope(answer(200, listBody({ totalCount: '1' })), 'companies', LIST), { received: 'totalCount "1"', expected: 'totalCount as an integer' });
    const noCursors = listBody({ pageInfo: { hasNextPage: false, hasPreviousPage: false } });
    assert.equal(judgeListEnvelope(answer(200, noCursors), 'companies', LIST)?.expected, 'pageInfo.startCursor present (era D: all four keys)');
  });
});

describe('judgeRecordEnvelope (RESP-002)', () => {
  test('valid: data.<singular> is the record asked for', () => {
    assert.equal(judgeRecordEnvelope(answer(200, { data: { company: { id: RECORD_ID } } }), 'company', RECORD_ID, 'GET /companies/{id}'), null);
  });
  test('invalid: the plural key', () => {
    assert.deepEqual(judgeRecordEnvelope(answer(200, { data: { companies: { id: RECORD_ID } } }), 'company', RECORD_ID, 'GET /companies/{id}'), {
      received: 'data keys ["companies"]',
      expected: `data.company.id = ${RECORD_ID}`,
    });
  });
});

describe('judgeDocumentedBody (RESP-003)', () => {
  const responses = createResponseValidator(twentyLike31());
  const request = { method: 'GET', pathTemplate: '/companies' };
  test('valid: a list body the document describes', () => assert.equal(judgeDocumentedBody(answer(200, listBody()), request, responses), null));
  test('invalid: a NUMBER field sent as a string', () => {
    const body = listBody({ data: { companies: [{ id: RECORD_ID, name: 'Acme', employees: '12' }] } });
    assert.deepEqual(judgeDocumentedBody(answer(200, body), request, responses), {
      received: '1 violation(s); first: Received: "12" at /data/companies/0/employees / Documented: integer',
      expected: "a body valid against the document's schema for GET /companies 200",
    });
  });
});

describe('judgeNotFound (RESP-004)', () => {
  const what = 'GET /companies/{id} with an id that does not exist';
  test('valid: 404 with the error body', () => {
    assert.equal(judgeNotFound(answer(404, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] }), what), null);
  });
  test('invalid: 200 {data:{company:null}}, and a 404 without the error body', () => {
    assert.deepEqual(judgeNotFound(answer(200, { data: { company: null } }), what), { received: 'HTTP 200', expected: `HTTP 404 for ${what}` });
    assert.match(judgeNotFound(answer(404, { message: 'not found' }), what)?.received ?? '', /^\{"message":"not found"\} \(/);
    assert.match(judgeNotFound(answer(404, { statusCode: 400, error: 'E', messages: ['x'] }), what)?.received ?? '', /statusCode 400 in an HTTP 404 answer/);
  });
});

describe('judgeProjection (RESP-005)', () => {
  const what = 'GET /companies?fields=name';
  test('valid: only id and the asked fields; an empty list has nothing to judge', () => {
    assert.equal(judgeProjection(answer(200, { data: { companies: [{ id: RECORD_ID, name: 'Acme' }] } }), 'companies', ['name'], what), null);
    assert.equal(judgeProjection(answer(200, { data: { companies: [] } }), 'companies', ['name'], what), null);
  });
  test('invalid: whole records (fields ignored)', () => {
    const whole = { data: { companies: [{ id: RECORD_ID, name: 'Acme', employees: 3 }] } };
    assert.deepEqual(judgeProjection(answer(200, whole), 'companies', ['name'], what), {
      received: 'a record with 1 field(s) not asked for: employees',
      expected: 'records holding only id, name (fields=name)',
    });
  });
});

describe('judgeUnknownFieldRefusal (RESP-006)', () => {
  const what = 'GET /companies?fields=name,zz';
  test('valid: 400 with the error body naming the field', () => {
    const refusal = { statusCode: 400, error: 'BadRequestException', messages: ["'fields' parameter invalid. Unknown or unreadable fields on 'company': zz"] };
    assert.equal(judgeUnknownFieldRefusal(answer(400, refusal), 'zz', what), null);
  });
  test('invalid: the unknown name dropped (200), a message that does not name it, no error body', () => {
    assert.deepEqual(judgeUnknownFieldRefusal(answer(200, listBody()), 'zz', what), { received: 'HTTP 200', expected: `HTTP 400 for ${what}` });
    const silent = { statusCode: 400, error: 'BadRequestException', messages: ['invalid'] };
    assert.equal(judgeUnknownFieldRefusal(answer(400, silent), 'zz', what)?.expected, 'a message naming the unknown field zz');
    assert.equal(judgeUnknownFieldRefusal(answer(400, { message: 'zz' }), 'zz', what)?.expected, 'the error body {statusCode, error, messages[]}');
  });
});
