import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileRequestLedger } from './request-ledger.ts';
import { createTwentyClient } from './twenty-client.ts';
import { BudgetExhaustedError } from '../../generators/client/errors.ts';

function withDir(body: (dir: string) => Promise<void> | void) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    try {
      await body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('two ledgers on one file share one budget (a restarted worker does not start afresh)', withDir((dir) => {
  const path = join(dir, 'budget');
  const first = fileRequestLedger(path, 5);
  const second = fileRequestLedger(path, 5);
  const taken = [first.take(), second.take(), first.take(), second.take(), first.take(), second.take(), first.take()];
  assert.deepEqual(taken, [true, true, true, true, true, false, false]);
  assert.equal(statSync(path).size, 5);
  first.close();
  second.close();
  const third = fileRequestLedger(path, 5);
  assert.equal(third.take(), false, 'a new process sees the spent budget');
  third.close();
}));

test('a client with a spent ledger refuses before sending', withDir(async (dir) => {
  const path = join(dir, 'budget');
  const ledger = fileRequestLedger(path, 2);
  let sent = 0;
  const client = createTwentyClient({
    baseUrl: 'http://127.0.0.1:9',
    readOnly: true,
    timeoutMs: 1000,
    maxRetries429: 0,
    maxRetryAfterMs: 0,
    ledger,
    transport: async () => {
      sent++;
      return { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
    },
  });
  await client.request({ method: 'GET', path: '/companies' });
  await client.request({ method: 'GET', path: '/companies' });
  await assert.rejects(client.request({ method: 'GET', path: '/companies' }), BudgetExhaustedError);
  assert.equal(sent, 2);
  ledger.close();
}));
