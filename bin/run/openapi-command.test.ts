import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOpenapiArgs, runOpenapiCommand } from './openapi-command.ts';
import { SYNTHETIC_PATH, syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';

const TOKEN = 'sk-command-SECRET-456';
let dir = '';
let server: Server;
let base = '';
let lastAuthorization: string | undefined;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'openapi-command-'));
  server = createServer((request, response) => {
    lastAuthorization = request.headers.authorization;
    if (request.url === '/rest/open-api/core' || request.url === '/rest/open-api/metadata') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(syntheticDocument()));
      return;
    }
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ messages: [`bad token ${String(request.headers.authorization)}`] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runOpenapiCommand(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  assert.ok(!stdout.includes(TOKEN) && !stderr.includes(TOKEN), 'the token is never printed');
  assert.ok(!/\n\s+at /.test(stderr), 'no stack trace');
  return { code, stdout, stderr };
}

test('a valid document: exit 0, the JSON shape', async () => {
  const { code, stdout, stderr } = await run(['--openapi', SYNTHETIC_PATH, '--json']);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, 'one JSON object');
  const report = JSON.parse(lines[0] ?? '{}');
  assert.equal(report.valid, true);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.warnings, []);
  assert.deepEqual(report.infos.map((finding: { id: string }) => finding.id), ['DOC-013']);
  assert.equal(report.openapiVersion, '3.1.1');
  assert.equal(report.legacy, false);
  assert.deepEqual(report.limit, { default: 60, maximum: 200, minimum: 0 });
  assert.deepEqual(report.depthValues, [0, 1]);
  const people = report.objects.find((object: { plural: string }) => object.plural === 'people');
  assert.deepEqual(people, {
    plural: 'people',
    singular: 'person',
    listPath: '/people',
    fields: 4,
    fieldKinds: { FULL_NAME: 1, RELATION: 2, UUID: 1 },
  });
});

test('an invalid document: exit 1, errors carry validation findings', async () => {
  const document = syntheticDocument();
  document.openapi = '3.0.3';
  document.webhooks = { x: {} };
  const path = join(dir, 'invalid.json');
  await writeFile(path, JSON.stringify(document));
  const json = await run(['--json', `--openapi=${path}`]);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.equal(report.valid, false);
  assert.ok(report.errors.length > 0);
  assert.ok(report.errors.every((finding: { id: string; level: string }) => finding.level === 'error'));
  assert.ok(report.objects.length === 4, 'still catalogued');
  const text = await run(['--openapi', path]);
  assert.equal(text.code, 1);
  assert.match(text.stdout, /INVALID \(\d+ validation errors?\)/);
  assert.match(text.stdout, /\[DOC-001\]/);
  assert.match(text.stdout, /Catalogue: 4 objects/);
});

test('a document written under /rest without servers: same objects, the prefix reported, no base-document error', async () => {
  const document = syntheticDocument();
  document.paths = Object.fromEntries(Object.entries(document.paths as Record<string, unknown>).map(([path, item]) => [`/rest${path}`, item]));
  delete document.servers;
  const path = join(dir, 'prefixed.json');
  await writeFile(path, JSON.stringify(document));
  const json = await run(['--json', '--openapi', path]);
  assert.equal(json.code, 0, json.stderr);
  const report = JSON.parse(json.stdout);
  assert.equal(report.pathPrefix, '/rest');
  assert.equal(report.baseDocumentOnly, false);
  assert.equal(report.objects.length, 4);
  assert.ok(!report.errors.some((finding: { id: string }) => finding.id === 'DOC-011'));
  const text = await run(['--openapi', path]);
  assert.match(text.stdout, /Catalogue: 4 objects, paths under \/rest;/);
});

test('text output: validity, findings by level with ids, and a table of objects', async () => {
  const { code, stdout } = await run(['--openapi', SYNTHETIC_PATH]);
  assert.equal(code, 0);
  assert.match(stdout, /OpenAPI 3\.1\.1: valid/);
  assert.match(stdout, /Infos \(1\):\n {2}\[DOC-013\]/);
  assert.match(stdout, /object\s+singular\s+fields\s+fields per kind/);
  assert.match(stdout, /kitchenSinks\s+kitchenSink\s+27\s+ACTOR 1, ADDRESS 1/);
});

test('a deployment: token from TWENTY_API_KEY or --token-file, sent as a Bearer header', async () => {
  const fromEnv = await run(['--json'], { TWENTY_BASE_URL: base, TWENTY_API_KEY: TOKEN });
  assert.equal(fromEnv.code, 0, fromEnv.stderr);
  assert.equal(lastAuthorization, `Bearer ${TOKEN}`);
  const tokenFile = join(dir, 'token.txt');
  await writeFile(tokenFile, `${TOKEN}\n`);
  const fromFile = await run(['--base-url', base, '--token-file', tokenFile]);
  assert.equal(fromFile.code, 0, fromFile.stderr);
  assert.equal(lastAuthorization, `Bearer ${TOKEN}`);
});

test('could not load: exit 2 with one line, token redacted even when echoed', async () => {
  const echoed = await run(['--openapi', `${base}/elsewhere.json`], { TWENTY_API_KEY: TOKEN });
  assert.equal(echoed.code, 2);
  assert.match(echoed.stderr, /token was rejected: check TWENTY_API_KEY/);
  assert.equal(echoed.stderr.trim().split('\n').length, 1);
  const missing = await run(['--openapi', join(dir, 'absent.yaml')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /does not exist/);
});

test('usage errors: exit 2 with what was wrong and what to do', async () => {
  const cases: [string[], RegExp][] = [
    [['--nope'], /unknown option "--nope"/],
    [['--openapi', 'a.json', '--base-url', 'http://x'], /either --openapi or --base-url, not both/],
    [['--openapi'], /--openapi needs a value/],
    [['--openapi', '--json'], /--openapi needs a value/],
    [[], /give --openapi FILE\|URL or --base-url URL/],
    [['--token', TOKEN], /never a flag value/],
    [['--base-url', base, '--token-file', join(dir, 'no-such-token')], /--token-file: cannot read .*no-such-token/],
  ];
  for (const [argv, message] of cases) {
    const { code, stderr, stdout } = await run(argv);
    assert.equal(code, 2, argv.join(' '));
    assert.match(stderr, message);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1);
  }
});

test('--help prints usage and exits 0', async () => {
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  assert.match(stdout, /Usage: twenty-conformance openapi/);
});

test('argument parsing accepts --flag value and --flag=value', () => {
  assert.deepEqual(parseOpenapiArgs(['--json', '--openapi=doc.yaml']), { json: true, help: false, openapi: 'doc.yaml' });
  assert.deepEqual(parseOpenapiArgs(['--base-url', 'http://x', '--token-file', 't']), {
    json: false,
    help: false,
    baseUrl: 'http://x',
    tokenFile: 't',
  });
});
