import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENAPI_CHECKS } from './areas/openapi.ts';
import { RESPONSE_CHECKS } from './areas/responses.ts';
import { CHECKS } from './catalogue.ts';

test('check IDs are unique and well-formed', () => {
  const ids = CHECKS.map((check) => check.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[A-Z]+-\d{3}$/);
});

test('every title starts with its level, and every check cites a sentence', () => {
  for (const check of CHECKS) {
    assert.ok(check.title.startsWith(`${check.level} `), check.id);
    assert.ok(check.sentence.length > 20, check.id);
  }
});

test('OAS and RESP id/title pairs are stable (each area file snapshots its own)', () => {
  const pairs = Object.fromEntries([...OPENAPI_CHECKS, ...RESPONSE_CHECKS].map((check) => [check.id, check.title]));
  assert.deepEqual(pairs, {
    'OAS-001': 'MUST publish a valid OpenAPI document',
    'OAS-002': 'MUST describe the workspace objects when the header token is valid',
    'RESP-001': 'MUST answer a list request with the documented list envelope',
    'RESP-002': 'MUST answer a get-one request with the documented record envelope',
    'RESP-003': "MUST return records that match the document's response schema",
    'RESP-004': 'MUST answer an unknown record id with 404 and the error body',
    'RESP-005': 'MUST return only the asked fields, plus id, when `fields` is given',
    'RESP-006': 'MUST refuse an unknown field in `fields` with 400 and the error body',
  });
});

// A check's rule is two steps from its ID: the entry names the pure judge, whose
// module exports it and whose sibling test holds its valid and invalid cases.
test('every named rule is an exported judge with unit cases next to it', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  for (const check of CHECKS) {
    const { module, judge } = check.rule;
    const source = join(root, module);
    assert.ok(existsSync(source), `${check.id}: ${module} does not exist`);
    assert.match(readFileSync(source, 'utf8'), new RegExp(`export (async )?(function|const) ${judge}\\b`), `${check.id}: ${module} does not export ${judge}`);
    const unit = source.replace(/\.ts$/, '.test.ts');
    assert.ok(existsSync(unit), `${check.id}: ${module} has no sibling test`);
    assert.match(readFileSync(unit, 'utf8'), new RegExp(`\\b${judge}\\b`), `${check.id}: ${basename(unit)} never calls ${judge}`);
  }
});
