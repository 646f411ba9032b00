// The reference CLI's contract: one JSON line, exit codes, fault table, and
// that the API key is printed nowhere else.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { FAULTS } from './faults/catalogue.ts';
import { runReferenceCli, type CliIo } from './cli.ts';
import { STANDARD_DATAMODEL } from './datamodel/standard-objects.ts';
import { ActiveFault } from './faults/catalogue.ts';
import { createMemoryEngine } from '../testing/reference/http/memory-engine.ts';
import { ListenError } from './listen.ts';
import { serveEngine } from './serve-engine.ts';

function captureIo(stop: Promise<void> = Promise.resolve()): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line), waitForStop: () => stop };
}

test('--list-faults prints a table of every fault and exits 0', async () => {
  const io = captureIo();
  assert.equal(await runReferenceCli(['--list-faults'], io), 0);
  const table = io.stdout.join('\n');
  assert.match(table, /^NAME\s+AREA\s+DESCRIPTION/);
  for (const fault of FAULTS) assert.match(table, new RegExp(`^${fault.name}\\s+${fault.area}\\s+`, 'm'));
});

test('--help prints usage and exits 0', async () => {
  const io = captureIo();
  assert.equal(await runReferenceCli(['--help'], io), 0);
  assert.match(io.stdout.join('\n'), /--list-faults/);
});

test('a bad flag value is one line on stderr and exit 2, nothing on stdout', async () => {
  const io = captureIo();
  assert.equal(await runReferenceCli(['--port', 'abc'], io), 2);
  assert.deepEqual(io.stderr, ['reference: --port expects an integer 0-65535, got "abc". Try --help.']);
  assert.deepEqual(io.stdout, []);
});

test('an unknown fault names --list-faults', async () => {
  const io = captureIo();
  assert.equal(await runReferenceCli(['--fault', 'nope'], io), 2);
  assert.match(io.stderr[0] ?? '', /--list-faults/);
});

test('a port in use is a clear ListenError, and the engine is not leaked', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    await assert.rejects(
      serveEngine({ engine: createMemoryEngine(), model: STANDARD_DATAMODEL, fault: new ActiveFault(null), maxLimit: 60, port }),
      (error: unknown) => error instanceof ListenError && error.message === `port ${port} on 127.0.0.1 is already in use`,
    );
  } finally {
    blocker.close();
  }
});

test('serveEngine answers with a working key and an expired one, then stops cleanly', async () => {
  let closed = false;
  const engine = createMemoryEngine();
  engine.close = async () => {
    closed = true;
  };
  const running = await serveEngine({ engine, model: STANDARD_DATAMODEL, fault: new ActiveFault(null), maxLimit: 60 });
  try {
    const ok = await fetch(`${running.baseUrl}/rest/companies`, { headers: { authorization: `Bearer ${running.apiKey}` } });
    assert.equal(ok.status, 200);
    const expired = await fetch(`${running.baseUrl}/rest/companies`, { headers: { authorization: `Bearer ${running.expiredApiKey}` } });
    assert.deepEqual(await expired.json(), { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token has expired.'] });
  } finally {
    await running.stop();
  }
  assert.ok(closed, 'stop() closes the engine');
});

test('a database that cannot be reached is exit 2 with one line that hides the password', async () => {
  const io = captureIo();
  assert.equal(await runReferenceCli(['--database-url', 'postgres://user:hunter2@127.0.0.1:1/db'], io), 2);
  assert.equal(io.stderr.length, 1);
  assert.match(io.stderr[0] ?? '', /^reference: could not start: /);
  assert.ok(!io.stderr[0]?.includes('hunter2'));
  assert.deepEqual(io.stdout, []);
});

test('under npm the launcher going away stops the server; started directly it does not', async () => {
  const { startedByNpm, launcherGone } = await import('./cli.ts');
  assert.equal(startedByNpm({ npm_command: 'exec', npm_lifecycle_event: 'npx' }), true);
  assert.equal(startedByNpm({ npm_lifecycle_event: 'reference' }), true);
  assert.equal(startedByNpm({}), false);
  assert.equal(launcherGone(4242, 4242), false);
  assert.equal(launcherGone(4242, 1), true);
});

test('--datamodel: a missing file, or a document without objects, is exit 2 with one line', async () => {
  const missing = captureIo();
  assert.equal(await runReferenceCli(['--datamodel', '/nonexistent/core.json'], missing), 2);
  assert.deepEqual(missing.stderr, ['reference: --datamodel /nonexistent/core.json: no such file']);
  assert.deepEqual(missing.stdout, []);
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const base = join(mkdtempSync(join(tmpdir(), 'tc-datamodel-')), 'base.json');
  writeFileSync(base, JSON.stringify({ openapi: '3.1.1', info: {}, paths: { '/open-api/core': {} } }));
  const empty = captureIo();
  assert.equal(await runReferenceCli(['--datamodel', base], empty), 2);
  assert.equal(empty.stderr.length, 1);
  assert.match(empty.stderr[0] ?? '', /describes no objects/);
});
