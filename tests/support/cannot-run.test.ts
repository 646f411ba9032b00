import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Exchange } from '../../generators/client/exchange.ts';
import { cannotRun } from './cannot-run.ts';
import { CheckFailure, Inconclusive } from './verdicts.ts';

const exchange = (status: number, json: unknown) => ({ method: 'POST', status, json, responseBody: json === undefined ? '<html>bad gateway</html>' : JSON.stringify(json) }) as unknown as Exchange;
const failure = (status: number, json: unknown) => new CheckFailure({ received: `HTTP ${status}`, expected: '401', exchange: exchange(status, json) });

test('a failure shown by a gateway-shaped answer is inconclusive, in any family', () => {
  assert.ok(cannotRun(failure(502, undefined)) instanceof Inconclusive);
  assert.ok(cannotRun(failure(503, { statusCode: 503 })) instanceof Inconclusive);
  assert.match(cannotRun(failure(500, undefined))?.reason ?? '', /gateway answered HTTP 500 to POST/);
});

test('a failure shown by the server\'s own answer stays a failure', () => {
  assert.equal(cannotRun(failure(500, { statusCode: 500, error: 'InternalServerErrorException', messages: ['x'] })), undefined);
  assert.equal(cannotRun(failure(400, undefined)), undefined);
  assert.equal(cannotRun(new CheckFailure({ received: 'a', expected: 'b' })), undefined);
  assert.equal(cannotRun(new Error('suite bug')), undefined);
});
