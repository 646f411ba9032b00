import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRunArgs } from './parse-run-args.ts';
import { UsageError } from './usage-error.ts';
import { schemaErrors } from './validate-against-schema.ts';

const seed = () => 42;
const parse = (argv: string[], env: Record<string, string> = {}) => parseRunArgs(argv, env, seed).config;

test('no base URL → gate against the embedded reference, full budget', () => {
  const config = parse([]);
  assert.equal(config.baseUrl, null);
  assert.equal(config.profile, 'gate');
  assert.equal(config.maxRequests, null);
  assert.equal(config.seed, 42);
  assert.deepEqual(schemaErrors('run-config.schema.json', config), []);
});

test('a base URL without a profile → smoke: 90 requests, paced, one worker', () => {
  const config = parse(['--base-url', 'https://crm.example.com/rest/']);
  assert.equal(config.baseUrl, 'https://crm.example.com');
  assert.equal(config.profile, 'smoke');
  assert.equal(config.maxRequests, 90);
  assert.deepEqual(config.rate, { count: 40, perMs: 60_000 });
  assert.equal(config.workers, 1);
});

test('TWENTY_BASE_URL is read, a flag wins over it', () => {
  assert.equal(parse([], { TWENTY_BASE_URL: 'http://a.test' }).baseUrl, 'http://a.test');
  assert.equal(parse(['--base-url=http://b.test'], { TWENTY_BASE_URL: 'http://a.test' }).baseUrl, 'http://b.test');
});

test('flags are parsed: seed, rate, shard, checks', () => {
  const config = parse(['--seed', '7', '--rate', '10/s', '--shard', '2/3', '--check', 'RESP-001,DOC-001', '--check', 'AUTH-001']);
  assert.equal(config.seed, 7);
  assert.deepEqual(config.rate, { count: 10, perMs: 1000 });
  assert.deepEqual(config.shard, { index: 2, total: 3 });
  assert.deepEqual(config.checks, ['RESP-001', 'DOC-001', 'AUTH-001']);
  assert.deepEqual(schemaErrors('run-config.schema.json', config), []);
});

test('--max-response-bytes: 10 MB by default, the flag changes it for any profile', () => {
  assert.equal(parse([]).maxResponseBytes, 10 * 1024 * 1024);
  const config = parse(['--profile', 'smoke', '--base-url', 'http://a.test', '--max-response-bytes', '2048']);
  assert.equal(config.maxResponseBytes, 2048);
  assert.deepEqual(schemaErrors('run-config.schema.json', config), []);
});

test('--rate overrides the pace of every profile, smoke included', () => {
  assert.deepEqual(parse(['--base-url', 'http://a.test', '--rate', '10/s']).rate, { count: 10, perMs: 1000 });
  assert.deepEqual(parse(['--profile', 'install', '--rate', '100/min']).rate, { count: 100, perMs: 60_000 });
  assert.deepEqual(parse(['--profile', 'gate', '--rate', '5/s']).rate, { count: 5, perMs: 1000 });
});

for (const [argv, fragment] of [
  [['--profile', 'nightly'], '--profile must be one of gate, install, smoke'],
  [['--bogus'], 'unknown option --bogus'],
  [['--seed'], '--seed needs a value'],
  [['--seed', 'x'], '--seed expects a whole number'],
  [['--rate', 'fast'], '--rate expects N/s or N/min'],
  [['--shard', '3/2'], '--shard expects i/n'],
  [['--base-url', 'not a url'], '--base-url is not a URL'],
  [['--base-url', 'ftp://x'], 'must be http(s)'],
  [['--token', 'abc'], 'Set TWENTY_API_KEY or use --token-file'],
  [['--api-key=abc'], 'Set TWENTY_API_KEY'],
  [['stray'], 'unexpected argument "stray"'],
  [['--max-response-bytes', '10MB'], '--max-response-bytes expects a whole number'],
  [['--max-response-bytes', '12'], '--max-response-bytes expects a number from 1024'],
  [['--max-response-bytes'], '--max-response-bytes needs a value'],
] as const) {
  test(`usage error: ${argv.join(' ')}`, () => {
    assert.throws(
      () => parse([...argv]),
      (error: unknown) => error instanceof UsageError && error.message.includes(fragment) && !error.message.includes('abc'),
    );
  });
}

test('--write-objects opts objects in and out by plural; --allow-side-effects; both only where the profile writes', () => {
  const config = parse(['--profile', 'install', '--write-objects', 'workflows, people,-notes', '--allow-side-effects']);
  assert.deepEqual(config.writeObjects, { include: ['workflows', 'people'], exclude: ['notes'] });
  assert.equal(config.allowSideEffects, true);
  assert.deepEqual(schemaErrors('run-config.schema.json', config), []);
  assert.equal(parse(['--profile', 'install']).writeObjects, undefined);
  assert.throws(() => parse(['--profile', 'install', '--write-objects', 'people;drop']), (error: unknown) => error instanceof UsageError && /--write-objects expects object plurals/.test(error.message));
  assert.throws(() => parse(['--profile', 'install', '--write-objects', ',']), UsageError);
  assert.throws(() => parse(['--base-url', 'https://crm.example.com', '--write-objects', 'people']), (error: unknown) => error instanceof UsageError && /not smoke/.test(error.message));
});

test("install's defaults: 450 requests paced at 100 per 60 s, 3 property runs", () => {
  const config = parse(['--profile', 'install']);
  assert.equal(config.maxRequests, 450);
  assert.deepEqual(config.rate, { count: 100, perMs: 60_000 });
  assert.equal(config.runs, 3);
});
