import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describedListPaths, judgeQueryTokenDocument } from './openapi-exposure.ts';

test('lists the known object paths a document describes, in the given order', () => {
  const full = { openapi: '3.0.3', paths: { '/people': {}, '/companies': {}, '/companies/{id}': {} } };
  assert.deepEqual(describedListPaths(full, ['/companies', '/people', '/opportunities']), ['/companies', '/people']);
});

test('a base document, or anything that is not one, describes none', () => {
  assert.deepEqual(describedListPaths({ openapi: '3.0.3', paths: {} }, ['/companies']), []);
  assert.deepEqual(describedListPaths({ openapi: '3.0.3' }, ['/companies']), []);
  assert.deepEqual(describedListPaths({ paths: ['/companies'] }, ['/companies']), []);
  assert.deepEqual(describedListPaths(undefined, ['/companies']), []);
  // Inherited names are not paths.
  assert.deepEqual(describedListPaths({ paths: {} }, ['constructor']), []);
});

test('a document that writes its paths with a /rest prefix still exposes them', () => {
  const prefixed = { openapi: '3.1.1', paths: { '/rest/people': {}, '/rest/companies': {}, '/rest/batch/companies': {} } };
  assert.deepEqual(describedListPaths(prefixed, ['/companies', '/people', '/opportunities']), ['/companies', '/people']);
});

test('AUTH-010 judgeQueryTokenDocument: the base document passes, object paths fail', () => {
  assert.equal(judgeQueryTokenDocument({ status: 200, json: { openapi: '3.0.3', paths: {} } }, ['/companies']), null);
  assert.equal(judgeQueryTokenDocument({ status: 401, json: undefined }, ['/companies']), null);
  assert.deepEqual(judgeQueryTokenDocument({ status: 200, json: { paths: { '/rest/companies': {}, '/rest/people': {} } } }, ['/companies', '/people']), {
    received: 'HTTP 200, a document describing /companies, /people',
    expected: 'the base document only (no object paths): the query-string token is ignored',
  });
});
