import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReferenceArgs } from './cli-args.ts';

test("defaults: free port on loopback, max limit 200 (Twenty's QUERY_MAX_RECORDS), no fault, no rate limit", () => {
  assert.deepEqual(parseReferenceArgs([]), {
    ok: true,
    options: { help: false, listFaults: false, port: 0, host: '127.0.0.1', maxLimit: 200 },
  });
});

test('reads every flag, in both --flag value and --flag=value forms', () => {
  const parsed = parseReferenceArgs([
    '--port', '8080', '--fault=limit-not-clamped', '--database-url', 'postgres://u:p@localhost/db',
    '--max-limit=200', '--rate-limit', '10/1s', '--list-faults',
  ]);
  assert.ok(parsed.ok);
  assert.equal(parsed.options.port, 8080);
  assert.equal(parsed.options.fault, 'limit-not-clamped');
  assert.equal(parsed.options.databaseUrl, 'postgres://u:p@localhost/db');
  assert.equal(parsed.options.maxLimit, 200);
  assert.deepEqual(parsed.options.rateLimit, { limit: 10, windowMs: 1000 });
  assert.equal(parsed.options.listFaults, true);
});

test('bad values are one-line usage errors naming the flag', () => {
  const cases: [string[], string][] = [
    [['--port', 'abc'], 'reference: --port expects an integer 0-65535, got "abc". Try --help.'],
    [['--port', '70000'], 'reference: --port expects an integer 0-65535, got "70000". Try --help.'],
    [['--port'], 'reference: --port expects a value. Try --help.'],
    [['--max-limit', '0'], 'reference: --max-limit expects an integer 1-10000, got "0". Try --help.'],
    [['--rate-limit', '5/min'], 'reference: --rate-limit expects N/Ws such as 100/60s, got "5/min". Try --help.'],
    [['--bogus'], 'reference: unknown option "--bogus". Try --help.'],
    [['--fault', 'nope'], 'reference: unknown fault "nope". Run with --list-faults to see them.'],
  ];
  for (const [argv, error] of cases) assert.deepEqual(parseReferenceArgs(argv), { ok: false, error }, argv.join(' '));
});

test('a database URL error never echoes the credentials', () => {
  const parsed = parseReferenceArgs(['--database-url', 'mysql://user:secret@host/db']);
  assert.ok(!parsed.ok && !parsed.error.includes('secret'));
});

test('--datamodel takes a file; an empty value is a usage error', () => {
  const parsed = parseReferenceArgs(['--datamodel', 'core.json']);
  assert.ok(parsed.ok);
  assert.equal(parsed.options.datamodel, 'core.json');
  const empty = parseReferenceArgs(['--datamodel=']);
  assert.ok(!empty.ok);
  assert.match(empty.error, /--datamodel expects a file/);
});

test('--empty and --seed-records N choose a smaller workspace; together they conflict', () => {
  const empty = parseReferenceArgs(['--empty']);
  assert.ok(empty.ok && empty.options.seedRecords === 0);
  const three = parseReferenceArgs(['--seed-records', '3']);
  assert.ok(three.ok && three.options.seedRecords === 3);
  const full = parseReferenceArgs([]);
  assert.ok(full.ok && full.options.seedRecords === undefined);
  for (const argv of [['--empty', '--seed-records', '3'], ['--seed-records=x'], ['--seed-records', '5000']]) {
    const parsed = parseReferenceArgs(argv);
    assert.ok(!parsed.ok && /seed-records|exclude/.test(parsed.error), argv.join(' '));
  }
});

test('--workspace chooses a built-in workspace; an unknown one or one beside --datamodel is a usage error', () => {
  const parsed = parseReferenceArgs(['--workspace', '2026']);
  assert.ok(parsed.ok);
  assert.equal(parsed.options.workspace, '2026');
  const unknown = parseReferenceArgs(['--workspace=2027']);
  assert.ok(!unknown.ok);
  assert.equal(unknown.error, 'reference: --workspace expects standard or 2026, got "2027". Try --help.');
  const both = parseReferenceArgs(['--workspace', '2026', '--datamodel', 'core.json']);
  assert.ok(!both.ok);
  assert.match(both.error, /--workspace and --datamodel exclude each other/);
});

test('--print-keys and --partial-unique-indexes are switches', () => {
  const parsed = parseReferenceArgs(['--print-keys', '--partial-unique-indexes']);
  assert.ok(parsed.ok);
  assert.equal(parsed.options.printKeys, true);
  assert.equal(parsed.options.partialUniqueIndexes, true);
});

test('--rate-limit-mode picks how a 429 is answered; alone it is Twenty\'s default 100/60s', () => {
  const alone = parseReferenceArgs(['--rate-limit-mode', 'classic']);
  assert.ok(alone.ok);
  assert.deepEqual(alone.options.rateLimit, { limit: 100, windowMs: 60_000, style: 'classic' });
  const scaled = parseReferenceArgs(['--rate-limit-mode=2026', '--rate-limit', '100/6s']);
  assert.ok(scaled.ok);
  assert.deepEqual(scaled.options.rateLimit, { limit: 100, windowMs: 6_000, style: '2026' });
  const bad = parseReferenceArgs(['--rate-limit-mode', 'fast']);
  assert.ok(!bad.ok);
  assert.equal(bad.error, 'reference: --rate-limit-mode expects 2026 or classic, got "fast". Try --help.');
});
