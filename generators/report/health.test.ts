import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unhealthyReason } from './health.ts';

test('every probe a 5xx or an error: unhealthy, in one line naming each answer', () => {
  const reason = unhealthyReason('http://crm', [
    { path: 'GET /companies?limit=1', status: 500 },
    { path: 'GET /people?limit=1', error: 'HTTP 503 (gateway) on all 4 attempts' },
  ]);
  assert.ok(reason);
  assert.ok(!reason.includes('\n'));
  assert.match(reason, /companies\?limit=1 → HTTP 500; GET \/people/);
  assert.match(reason, /unhealthy/);
});

test('one healthy answer (even a 4xx) is enough to run the checks', () => {
  assert.equal(unhealthyReason('http://crm', [{ path: 'a', status: 500 }, { path: 'b', status: 200 }]), null);
  assert.equal(unhealthyReason('http://crm', [{ path: 'a', status: 401 }]), null);
  assert.equal(unhealthyReason('http://crm', []), null);
});
