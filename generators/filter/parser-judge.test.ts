import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeParserAcceptance, judgeParserRejection, type ParserAnswer } from './parser-judge.ts';
import { malformedCases } from './parser-probes.ts';

// FLT-012: the unbalanced parenthesis, as Twenty refuses it and as the
// malformed-filter-500 fault answers it.
const unbalanced = malformedCases('name', 'Acme').find((c) => c.raw === 'name[eq]:Acme)')!;
const answer = (status: number, json: unknown): ParserAnswer => ({ status, json, body: JSON.stringify(json) });
const TWENTY_400 = { statusCode: 400, error: 'BadRequestException', messages: [unbalanced.message] };

test('judgeParserRejection: 400 with the error body and the parser message is valid', () => {
  assert.equal(judgeParserRejection(answer(400, TWENTY_400), unbalanced), null);
});

test('judgeParserRejection: a 500, another message, a statusCode that is not the status or no error body is a finding', () => {
  const serverError = judgeParserRejection(answer(500, { statusCode: 500, error: 'QueryFailedError', messages: ['syntax error at or near ")"'] }), unbalanced);
  assert.deepEqual(serverError, {
    received: 'HTTP 500 {"statusCode":500,"error":"QueryFailedError","messages":["syntax error at or near \\")\\""]}',
    expected: `400 {"statusCode":400,…,"messages":[${JSON.stringify(unbalanced.message)}]} for filter=name[eq]:Acme)`,
    hint: 'an unbalanced parenthesis (§3.1 step 2)',
  });
  assert.notEqual(judgeParserRejection(answer(400, { ...TWENTY_400, messages: ['Bad Request'] }), unbalanced), null);
  assert.notEqual(judgeParserRejection(answer(400, { ...TWENTY_400, statusCode: 422 }), unbalanced), null);
  assert.notEqual(judgeParserRejection({ status: 400, json: undefined, body: '<html>Bad Request</html>' }, unbalanced), null);
  assert.notEqual(judgeParserRejection(answer(200, { data: {} }), unbalanced), null);
});

test('judgeParserAcceptance: the valid base must be answered 200', () => {
  assert.equal(judgeParserAcceptance(200, unbalanced.base), null);
  assert.deepEqual(judgeParserAcceptance(400, unbalanced.base), { received: 'HTTP 400', expected: '200 for the valid filter=name[eq]:Acme' });
});
