import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';
import { changedFields, judgeReadBack, linkForms, normalisedLink, readBackDifferences, sameValue } from './read-back.ts';

const companies = referenceObject('companies');
const people = referenceObject('people');

test('values read back as sent, with the stored forms Twenty allows', () => {
  assert.deepEqual(
    readBackDifferences(
      companies,
      { name: '', employees: 42, foundedOn: '2024-02-29', industries: ['RETAIL', 'SOFTWARE'], tags: [], extraData: { b: 1, a: [1] }, domainName: { primaryLinkUrl: 'https://Example.COM/x/', primaryLinkLabel: '' } },
      { name: null, employees: 42, foundedOn: '2024-02-29', industries: ['SOFTWARE', 'RETAIL'], tags: null, extraData: { a: [1], b: 1 }, domainName: { primaryLinkUrl: 'https://example.com/x', primaryLinkLabel: null } },
    ),
    [],
  );
  assert.ok(sameValue('DATE_TIME', '2024-02-29T12:00:00.000Z', '2024-02-29T12:00:00Z'));
  assert.ok(sameValue('TEXT', 'Ada@Example.com', 'ada@example.com', 'EMAILS.primaryEmail'));
});

test('a value that was not kept is named with what was sent and what came back', () => {
  assert.deepEqual(readBackDifferences(companies, { employees: 42, name: 'Alpha', tier: 'RATING_2' }, { employees: null, name: 'alpha', tier: 'RATING_2' }), [
    'employees: sent 42, got null',
    'name: sent "Alpha", got "alpha"',
  ]);
  assert.deepEqual(readBackDifferences(people, { city: 'x', emails: { primaryEmail: 'a@b.c' } }, { city: 'x' }), ['emails.primaryEmail: sent "a@b.c", got absent']);
  // Case is only forgiven where Twenty normalises: a text field keeps it.
  assert.ok(!sameValue('TEXT', 'Alpha', 'alpha'));
  assert.ok(!sameValue('NUMBER', 0, null));
  assert.ok(!sameValue('MULTI_SELECT', ['A'], ['A', 'B']));
});

test('a composite sent as null reads back empty', () => {
  assert.deepEqual(readBackDifferences(companies, { address: null }, { address: { addressCity: '', addressLat: null } }), []);
  assert.deepEqual(readBackDifferences(companies, { address: null }, { address: { addressCity: 'Paris' } }), ['address: sent null, got {"addressCity":"Paris"}']);
});

test('link forms: as sent, without the trailing slash, with a lower-case origin', () => {
  assert.deepEqual(linkForms('https://Example.COM/Path/'), ['https://Example.COM/Path/', 'https://Example.COM/Path', 'https://example.com/Path']);
  assert.equal(normalisedLink('https://example.com/'), 'https://example.com');
});

test('changedFields ignores the named fields and key order', () => {
  assert.deepEqual(changedFields({ a: 1, b: { x: 1, y: 2 }, updatedAt: 'x' }, { a: 1, b: { y: 2, x: 1 }, updatedAt: 'y' }, new Set(['updatedAt'])), []);
  assert.deepEqual(changedFields({ a: 1, c: 'k' }, { a: 2, c: null }, new Set()), ['a', 'c']);
});

test('judgeReadBack: a record holding every sent value passes; otherwise the first four differences are named', () => {
  const answer = { status: 201, json: {}, responseBody: '{}' };
  assert.equal(judgeReadBack(companies, { name: 'x', employees: 1 }, { id: 'c1', name: 'x', employees: 1 }, answer, 'POST /rest/companies'), null);
  const finding = judgeReadBack(companies, { name: 'x', employees: 1, tags: ['a'], healthScore: 2, foundedOn: '2024-01-01' }, { id: 'c1' }, answer, 'batch item 1')!;
  assert.match(finding.received, /^batch item 1: name: sent "x", got absent; employees: .*; … 1 more$/);
  assert.equal(finding.expected, 'every sent value read back (text "" ≡ NULL; links and emails may be normalised)');
  assert.equal(finding.exchange, answer);
});
