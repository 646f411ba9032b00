// The command line over real processes: every usage, configuration and
// connection problem is one line on stderr and exit 2, and the token never shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('./twenty-conformance.js', import.meta.url));
const TOKEN = 'tok-cli-test-0123456789abcdef';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function assertUsageError(result: ReturnType<typeof cli>, fragment: RegExp): void {
  assert.equal(result.code, 2, `exit code; stderr: ${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, got: ${result.stderr}`);
  assert.match(lines[0] ?? '', fragment);
  assert.doesNotMatch(result.stderr + result.stdout, new RegExp(TOKEN));
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

test('unknown flag, bad profile, unknown command → exit 2', () => {
  assertUsageError(cli(['--frobnicate']), /unknown option --frobnicate/);
  assertUsageError(cli(['--profile', 'nightly']), /--profile must be one of gate, install, smoke/);
  assertUsageError(cli(['launch']), /unknown command "launch"/);
  assertUsageError(cli(['--token', TOKEN]), /not accepted/);
});

test('a deployment without a token → exit 2 saying how to pass one', () => {
  assertUsageError(cli(['--base-url', 'http://127.0.0.1:9']), /needs an API key: set TWENTY_API_KEY/);
});

test('an unreachable deployment → exit 2 naming the cause', async () => {
  const port = await closedPort();
  assertUsageError(cli(['--base-url', `http://127.0.0.1:${port}`], { TWENTY_API_KEY: TOKEN }), /refused|reach/i);
});

test('DNS failure → exit 2', () => {
  assertUsageError(cli(['--base-url', 'http://no-such-host.invalid'], { TWENTY_API_KEY: TOKEN }), /resolve|DNS|not found/i);
});

test('a document file that is missing, or not an OpenAPI document → exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cli-'));
  assertUsageError(cli(['--openapi', join(dir, 'nope.json'), '--report-dir', dir]), /nope\.json/);
  const notOpenapi = join(dir, 'page.json');
  writeFileSync(notOpenapi, JSON.stringify({ hello: 'world' }));
  assertUsageError(cli(['--openapi', notOpenapi, '--report-dir', dir]), /not an OpenAPI 3\.x document/);
});

test('waivers with an unknown check ID → exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cli-'));
  const waivers = join(dir, 'waivers.yaml');
  writeFileSync(waivers, 'waivers:\n  - id: NOPE-001\n    reason: x\n');
  assertUsageError(cli(['--expected-failures', waivers, '--report-dir', dir]), /NOPE-001.*not a check ID/);
});

test('an unknown reference fault → exit 2 pointing at --list-faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cli-'));
  assertUsageError(cli(['--reference-fault', 'no-such-fault', '--report-dir', dir]), /list-faults/);
});

test('checks lists every check ID with its level; --json carries the sentences', () => {
  const text = cli(['checks']);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /OAS-001\s+MUST\s+gate,install,smoke\s+MUST publish a valid OpenAPI document/);
  const json = cli(['checks', '--json']);
  const checks = JSON.parse(json.stdout) as { id: string; sentence: string }[];
  assert.ok(checks.length >= 6 && checks.every((check) => check.sentence.length > 0));
  assertUsageError(cli(['checks', '--yaml']), /checks: unknown argument --yaml/);
});
