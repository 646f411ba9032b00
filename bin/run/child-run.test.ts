import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChild } from './child-run.ts';

const run = { cwd: process.cwd(), env: process.env, exitWithoutCode: 2 };

test('runChild resolves with the child\'s exit code', async () => {
  assert.equal(await runChild(process.execPath, ['-e', 'process.exit(3)'], run), 3);
  assert.equal(await runChild(process.execPath, ['-e', ''], run), 0);
});

test('a child ended by a signal counts as 130, and our handlers are removed after it', async () => {
  const before = process.listenerCount('SIGTERM');
  assert.equal(await runChild(process.execPath, ['-e', "process.kill(process.pid, 'SIGTERM')"], run), 130);
  assert.equal(process.listenerCount('SIGTERM'), before);
});

test('a command that cannot start rejects', async () => {
  await assert.rejects(runChild('/nonexistent/command', [], run));
});
