import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROBUSTNESS_CHECKS } from './robustness.ts';

test('ROB id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(ROBUSTNESS_CHECKS.map((check) => [check.id, check.title])), {
    'ROB-001': 'MUST answer a filter its grammar refuses with 400',
    'ROB-002': 'MUST answer a filter on an unknown field, a refused operator or a mistyped value with 400',
    'ROB-003': 'MUST answer a malformed order_by with 400',
    'ROB-004': 'MUST answer an invalid limit or depth with 400',
    'ROB-005': 'MUST answer a malformed cursor with 400',
    'ROB-006': 'MUST answer a non-UUID record id or an unknown object with 400',
    'ROB-007': 'MUST answer a rejected request with the error body whose statusCode is the HTTP status',
    'ROB-008': 'MUST NOT leak stack traces, database internals, file paths or tokens in an answer to malformed input',
    'ROB-009': 'MUST keep answering ordinary requests after hostile ones',
    'ROB-010': 'MUST refuse a malformed or non-object JSON body with a 4xx and write nothing',
  });
});

test('every ROB check is in its area, has its level in the title and cites a section', () => {
  for (const check of ROBUSTNESS_CHECKS) {
    assert.equal(check.area, 'robustness');
    assert.ok(check.title.startsWith(`${check.level} `), check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
});

test('only the body check writes, so only it stays out of smoke', () => {
  assert.deepEqual(
    ROBUSTNESS_CHECKS.filter((check) => !check.profiles.includes('smoke')).map((check) => check.id),
    ['ROB-010'],
  );
});

test('every ROB check names its pure judge in generators/robustness/', () => {
  for (const check of ROBUSTNESS_CHECKS) {
    assert.match(check.rule?.module ?? '', /^generators\/robustness\/[a-z-]+\.ts$/, check.id);
  }
});
