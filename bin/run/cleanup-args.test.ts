import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../../generators/config/usage-error.ts';
import { parseCleanupArgs } from './cleanup-args.ts';

const env = { TWENTY_BASE_URL: 'https://crm.example.com/' };

test('--run takes a run id; the deployment comes from TWENTY_BASE_URL or --base-url', () => {
  assert.deepEqual(parseCleanupArgs(['--run', '20261202t160501-k3f9'], env), {
    help: false,
    selector: { runId: '20261202t160501-k3f9' },
    baseUrl: 'https://crm.example.com',
    openapi: null,
    tokenFile: null,
    timeoutMs: 15000,
  });
  const stale = parseCleanupArgs(['--all-stale', '--older-than=5', '--base-url', 'http://127.0.0.1:3999'], {});
  assert.ok(!('help' in stale && stale.help));
  assert.deepEqual((stale as { selector: unknown }).selector, { olderThanMinutes: 5 });
});

test('bad input is a usage error that says what to do', () => {
  assert.throws(() => parseCleanupArgs([], env), (error: unknown) => error instanceof UsageError && /exactly one of --run ID or --all-stale/.test(error.message));
  assert.throws(() => parseCleanupArgs(['--run', 'x', '--all-stale'], env), UsageError);
  assert.throws(() => parseCleanupArgs(['--run', 'nonsense'], env), /run id like/);
  assert.throws(() => parseCleanupArgs(['--run', '20261202t160501-k3f9'], {}), /--base-url URL or TWENTY_BASE_URL/);
  assert.throws(() => parseCleanupArgs(['--all-stale', '--older-than', 'soon'], env), /whole minutes/);
  assert.throws(() => parseCleanupArgs(['--token', 'abc'], env), /unknown option --token/);
});
