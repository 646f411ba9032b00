import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isGatewayShaped } from './gateway.ts';

test('502/503/504 are gateway-shaped whatever the body', () => {
  for (const status of [502, 503, 504]) {
    assert.equal(isGatewayShaped(status, undefined), true);
    assert.equal(isGatewayShaped(status, { statusCode: status, error: 'X', messages: ['m'] }), true);
  }
});

test('a 5xx without Twenty\'s JSON error body is gateway-shaped; with it, it is the server\'s answer', () => {
  assert.equal(isGatewayShaped(500, undefined), true, 'an HTML or empty 500');
  assert.equal(isGatewayShaped(500, ['x']), true);
  assert.equal(isGatewayShaped(520, { message: 'origin error' }), true);
  assert.equal(isGatewayShaped(500, { statusCode: 500, error: 'InternalServerErrorException', messages: ['Internal server error'] }), false);
});

test('anything below 500 is the server\'s answer', () => {
  assert.equal(isGatewayShaped(200, undefined), false);
  assert.equal(isGatewayShaped(400, undefined), false);
  assert.equal(isGatewayShaped(429, undefined), false);
});
