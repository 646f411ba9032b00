import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDepthRefusals } from './depth.ts';

const refused = (() => {
  const json = { statusCode: 400, error: 'BadRequestException', messages: ["'depth=2' parameter invalid. Allowed values are 0, 1"] };
  return { status: 400, json, responseBody: JSON.stringify(json) };
})();

test('WRITE-023 valid: every route refuses depth=2', () => {
  assert.equal(judgeDepthRefusals([{ what: 'GET list', answer: refused }, { what: 'POST one', answer: refused }]), null);
});

test('WRITE-023 invalid: a write reads depth=2 as 0', () => {
  const finding = judgeDepthRefusals([{ what: 'GET list', answer: refused }, { what: 'POST one', answer: { status: 201, json: {}, responseBody: '{}' } }]);
  assert.deepEqual(finding, { at: 1, received: 'POST one: HTTP 201, expected 400', expected: "400 'depth=2' parameter invalid. Allowed values are 0, 1 on every route that takes depth" });
});
