import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReferenceProcess } from './reference-process.ts';

// A stand-in for the reference: prints a log line, then the JSON line, then waits.
const LISTENS = "console.log('starting'); console.log(JSON.stringify({ baseUrl: 'http://127.0.0.1:1', apiKey: 'k', keys: { readOnly: 'r' } })); setInterval(() => {}, 1000);";

test('startReferenceProcess resolves with the JSON line and stops the process', async () => {
  const started = await startReferenceProcess({ cwd: process.cwd(), command: [process.execPath, '-e', LISTENS, '--'] });
  assert.equal(started.baseUrl, 'http://127.0.0.1:1');
  assert.deepEqual(started.keys, { readOnly: 'r' });
  await started.stop();
  assert.notEqual(started.child.exitCode ?? started.child.signalCode, null);
});

test('startReferenceProcess says where to look when the process exits before listening', async () => {
  await assert.rejects(startReferenceProcess({ cwd: process.cwd(), command: [process.execPath, '-e', "console.error('port in use'); process.exit(3)", '--'], stderrLog: '/tmp/tc-reference-process-test.log' }), /exited \(3\) before its JSON line; see \/tmp\/tc-reference-process-test.log: port in use/);
});
