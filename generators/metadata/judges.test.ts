// Valid and invalid cases of the metadata judges, named after their checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageInvariants, rawIdCursor, type Walk } from '../pagination/walk.ts';
import { asPage, flatEnvelopeProblems, itemOf, judgeLegacyAlias, legacyAliasProblems, readBackProblems, walkLimit } from './judges.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const flat = { data: [{ id: A }, { id: B }], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: A, endCursor: B }, totalCount: 2 };

describe('META-004 flatEnvelopeProblems', () => {
  test('valid: the era-D flat envelope, also empty', () => {
    assert.deepEqual(flatEnvelopeProblems(flat), []);
    assert.deepEqual(flatEnvelopeProblems({ data: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 }), []);
  });
  test('invalid: the era-C nested envelope, a missing pageInfo, a string totalCount', () => {
    assert.deepEqual(flatEnvelopeProblems({ ...flat, data: { objects: flat.data } }), ['data is an object (keys objects), not the flat array of era D']);
    assert.deepEqual(flatEnvelopeProblems({ data: flat.data, totalCount: 2 }), ['pageInfo is missing']);
    assert.deepEqual(flatEnvelopeProblems({ ...flat, totalCount: '2' }), ['totalCount is not an integer']);
  });
});

describe('META-005/006 walks with raw-id cursors (pageInvariants + rawIdCursor)', () => {
  const walk = (pages: Walk['pages']): Walk => ({ direction: 'forward', pages, truncated: false });
  test('valid: cursors are the ids of the first and last item', () => {
    assert.deepEqual(pageInvariants(walk([asPage(flat)]), [A, B], { decode: rawIdCursor }), []);
  });
  test('invalid: a base64 cursor where the raw id belongs', () => {
    const encoded = { ...flat, pageInfo: { ...flat.pageInfo, startCursor: Buffer.from(JSON.stringify({ id: A })).toString('base64') } };
    assert.equal(pageInvariants(walk([asPage(encoded)]), [A, B], { decode: rawIdCursor }).length, 1);
  });
});

describe('META-010/011/012 itemOf and readBackProblems', () => {
  test('valid: a bare item, or one under data; every sent key read back', () => {
    assert.equal(itemOf({ id: A, name: 'x' })?.['name'], 'x');
    assert.equal(itemOf({ data: { id: A } })?.['id'], A);
    assert.deepEqual(readBackProblems({ name: 'x', position: 2 }, { id: A, name: 'x', position: 2, extra: 1 }), []);
  });
  test('invalid: an empty object, a changed value', () => {
    assert.equal(itemOf({}), undefined);
    assert.deepEqual(readBackProblems({ name: 'x' }, { id: A, name: 'y' }), ['name reads "y", sent "x"']);
    assert.deepEqual(readBackProblems({ name: 'x' }, undefined), ['no item with an id in the answer']);
  });
});

describe('walkLimit', () => {
  test('at most four pages, at least two items a page', () => {
    assert.equal(walkLimit(0), 2);
    assert.equal(walkLimit(7), 2);
    assert.equal(walkLimit(150), 38);
  });
});

describe('META-013 legacyAliasProblems', () => {
  const headers = { deprecation: '@1786320000', link: '</rest/metadata/webhooks>; rel="successor-version"' };
  test('valid: a raw array with both headers', () => {
    assert.deepEqual(legacyAliasProblems({ status: 200, json: [], headers }, 'webhooks'), []);
  });
  test('invalid: an envelope without the headers', () => {
    assert.deepEqual(legacyAliasProblems({ status: 200, json: flat, headers: {} }, 'webhooks'), [
      'an envelope with data instead of a raw array',
      'Deprecation header missing',
      'Link header missing, expected </rest/metadata/webhooks>; rel="successor-version"',
    ]);
  });
});

describe('META-013 judgeLegacyAlias', () => {
  const responseHeaders = { deprecation: '@1786320000', link: '</rest/metadata/apiKeys>; rel="successor-version"' };
  test('valid: a raw array with both headers', () => {
    assert.equal(judgeLegacyAlias('apiKeys', { status: 200, json: [], responseHeaders }), null);
  });
  test('invalid: the paged envelope without the headers', () => {
    const finding = judgeLegacyAlias('apiKeys', { status: 200, json: flat, responseHeaders: {} });
    assert.match(finding!.received, /^\/rest\/apiKeys: an envelope with data instead of a raw array; Deprecation header missing/);
    assert.equal(finding!.expected, 'a raw array with Deprecation: @1786320000 and Link: </rest/metadata/apiKeys>; rel="successor-version"');
  });
});
