import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILTER_CHECKS } from './filters.ts';

test('filter checks are well-formed: area, level in the title, a sentence citing the contract', () => {
  for (const check of FILTER_CHECKS) {
    assert.equal(check.area, 'filters', check.id);
    assert.match(check.id, /^FLT-\d{3}$/);
    assert.ok(check.title.startsWith(`${check.level} `), check.id);
    assert.match(check.sentence, /§\d/, check.id);
  }
  assert.equal(new Set(FILTER_CHECKS.map((check) => check.id)).size, FILTER_CHECKS.length);
});

test('only the parser-string checks stay out of smoke (its request budget)', () => {
  const beyondSmoke = FILTER_CHECKS.filter((check) => !check.profiles.includes('smoke')).map((check) => check.id);
  assert.deepEqual(beyondSmoke, ['FLT-011', 'FLT-012']);
});

test('the id/title pairs are stable (a changed title is a deliberate edit here)', () => {
  assert.deepEqual(Object.fromEntries(FILTER_CHECKS.map((check) => [check.id, check.title])), {
    'FLT-001': 'MUST return exactly the records a filter selects',
    'FLT-002': 'MUST match like, startsWith and endsWith case-sensitively and ilike case-insensitively',
    'FLT-003': 'MUST exclude NULL rows from neq',
    'FLT-004': 'MUST treat the empty string as NULL for is:NULL on text fields',
    'FLT-005': 'MUST answer not(A) with the records where A is false, excluding those where A is unknown',
    'FLT-006': 'MUST combine or(…) as a union and and(…) as an intersection',
    'FLT-007': 'MUST keep gt and lt strict and gte and lte inclusive',
    'FLT-008': 'MUST compare date-time values by the whole millisecond',
    'FLT-009': 'MUST filter composite fields through their sub-fields',
    'FLT-010': 'MUST give answers that obey the laws of three-valued logic',
    'FLT-011': "MUST read quoting and root groups in a filter string as Twenty's parser does",
    'FLT-012': "MUST reject malformed filter strings with 400 and the parser's message",
  });
});
