import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareText, foldCase } from './collation.ts';
import { jsonbText } from './jsonb-text.ts';
import { matchesLike } from './like.ts';
import { parseDate, parseTimestamp } from './typed-values.ts';
import { defaultNullEquivalence, subFieldNullEquivalence } from './field-resolver.ts';

describe('collation', () => {
  test('code-point order, not UTF-16 code units, and case before lower case', () => {
    assert.ok(compareText('\u{1F600}', '\uFFFF') > 0, 'an astral character sorts after U+FFFF');
    assert.ok(compareText('B', 'a') < 0);
    assert.ok(compareText('a', 'ab') < 0);
    assert.equal(compareText('é', 'é'), 0);
    assert.ok(compareText('é', 'f') > 0);
  });
  test('case folding covers Unicode', () => assert.equal(foldCase('ÉVA'), 'éva'));
});

describe('LIKE patterns', () => {
  const cases: [string, string, boolean, boolean][] = [
    ['Paris', 'P%', false, true],
    ['Paris', 'p%', false, false],
    ['Paris', 'p%', true, true],
    ['Paris', '_aris', false, true],
    ['Paris', 'Par', false, false],
    ['100%', '100\\%', false, true],
    ['1000', '100\\%', false, false],
    ['a_b', 'a\\_b', false, true],
    ['axb', 'a\\_b', false, false],
    ['a.b(c)', 'a.b(c)', false, true],
    ['aXb(c)', 'a.b(c)', false, false],
    ['line\nbreak', 'line%', false, true],
    ['😀x', '_x', false, true],
  ];
  for (const [text, pattern, insensitive, expected] of cases) {
    test(`${JSON.stringify(text)} ${insensitive ? 'ILIKE' : 'LIKE'} ${JSON.stringify(pattern)} → ${expected}`, () =>
      assert.equal(matchesLike(text, pattern, insensitive), expected));
  }
  test('a trailing escape is refused, as Postgres does', () => assert.throws(() => matchesLike('a', 'a\\', false)));
});

describe('jsonb text', () => {
  test('keys shorter first then bytewise, with spaced separators', () =>
    assert.equal(jsonbText({ b: 1, aa: [1, 2], a: 'x', n: null }), '{"a": "x", "b": 1, "n": null, "aa": [1, 2]}'));
});

describe('dates', () => {
  test('timestamps in microseconds, zones applied, zone-less read as UTC', () => {
    const base = Date.UTC(2024, 0, 1, 10) * 1000;
    assert.equal(parseTimestamp('2024-01-01T10:00:00Z'), base);
    assert.equal(parseTimestamp('2024-01-01T10:00:00.123456Z'), base + 123456);
    assert.equal(parseTimestamp('2024-01-01T11:00:00+01:00'), base);
    assert.equal(parseTimestamp('2024-01-01T05:30:00-0430'), base);
    assert.equal(parseTimestamp('2024-01-01 10:00'), base);
    assert.equal(parseTimestamp('2024-01-01'), Date.UTC(2024, 0, 1) * 1000);
    assert.equal(parseTimestamp('2024-02-30T00:00:00Z'), undefined);
    assert.equal(parseTimestamp('2024-01-01T24:00:00Z'), undefined);
    assert.equal(parseTimestamp('soon'), undefined);
  });
  test('dates in the digit-only accepted forms', () => {
    for (const text of ['2024-03-05', '20240305', '2024/03/05', '2024.03.05', '03/05/2024', '03-05-2024', '03.05.2024', '2024-03-05T23:59:00-05:00']) {
      assert.equal(parseDate(text), '2024-03-05', text);
    }
    assert.equal(parseDate('2023-02-29'), undefined);
    assert.equal(parseDate('March 5, 2024'), undefined);
  });
});

describe('null-equivalence rules', () => {
  test('by kind and by composite sub-field', () => {
    assert.equal(defaultNullEquivalence('TEXT'), 'text');
    assert.equal(defaultNullEquivalence('MULTI_SELECT'), 'array');
    assert.equal(defaultNullEquivalence('NUMBER'), 'none');
    assert.equal(subFieldNullEquivalence('FULL_NAME', 'firstName'), 'text');
    assert.equal(subFieldNullEquivalence('CURRENCY', 'currencyCode'), 'none');
    assert.equal(subFieldNullEquivalence('ADDRESS', 'addressLat'), 'none');
  });
});
