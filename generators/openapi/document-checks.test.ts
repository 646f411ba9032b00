import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalogue } from './catalogue.ts';
import { describesNoObjects, judgeDocumentValidity, judgeWorkspaceObjects } from './document-checks.ts';
import { asRecord } from './document-walk.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';

test('judgeDocumentValidity (OAS-001 = DOC-001): valid without validation errors', () => {
  assert.equal(judgeDocumentValidity({ source: 'core.json', openapiVersion: '3.1.1', validationErrors: [] }), null);
});

test('judgeDocumentValidity (OAS-001 = DOC-001): invalid with any, the first five shown', () => {
  const errors = ['/paths/~1companies~1{id}/get/parameters/0/required must be equal to constant', 'b', 'c', 'd', 'e', 'f'];
  assert.deepEqual(judgeDocumentValidity({ source: 'core.json', openapiVersion: '3.1.1', validationErrors: errors }), {
    received: `6 validation error(s) in core.json: ${errors.slice(0, 5).join(' | ')}`,
    expected: 'a valid OpenAPI 3.1.1 document',
    hint: 'The catalogue was still built best-effort, so the other checks ran.',
  });
  assert.equal(judgeDocumentValidity({ source: 'x', openapiVersion: '', validationErrors: ['bad'] })?.expected, 'a valid OpenAPI 3.x document');
});

test('judgeWorkspaceObjects (OAS-002 = DOC-011): valid for a workspace document', () => {
  const catalogue = buildCatalogue(syntheticDocument());
  assert.equal(describesNoObjects(catalogue), false);
  assert.equal(judgeWorkspaceObjects(catalogue), null);
});

test('judgeWorkspaceObjects (OAS-002 = DOC-011): invalid for the base document', () => {
  const document = syntheticDocument();
  document.paths = { '/open-api/core': asRecord(document.paths)['/open-api/core'] ?? {} };
  const catalogue = buildCatalogue(document);
  assert.equal(describesNoObjects(catalogue), true);
  assert.deepEqual(judgeWorkspaceObjects(catalogue), {
    received: 'the base document only (no object paths, no schemas)',
    expected: "the full document of the token's workspace: /{plural} paths and per-object schemas",
  });
});
