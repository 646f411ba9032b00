import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeDocumentAliases, judgeMetadataDocument, judgeServers } from './document-judges.ts';

const analysed = { source: '/rest/open-api/metadata', valid: true, validationErrors: [], catalogue: { baseDocumentOnly: false } };
const document = (paths: string[]) => {
  const json = { openapi: '3.0.0', paths: Object.fromEntries(paths.map((path) => [path, {}])) };
  return { status: 200, json, responseBody: JSON.stringify(json) };
};

test('META-001 valid: a valid document naming the workspace resources', () => {
  assert.equal(judgeMetadataDocument(analysed), null);
});

test('META-001 invalid: not loaded, not valid, the base document only', () => {
  assert.equal(judgeMetadataDocument({ source: '/rest/open-api/metadata', problem: 'HTTP 500' })?.received, 'HTTP 500');
  assert.equal(judgeMetadataDocument({ ...analysed, valid: false, validationErrors: ['$ref #/x missing'] })?.received, '1 validation error(s): $ref #/x missing');
  assert.match(judgeMetadataDocument({ ...analysed, catalogue: { baseDocumentOnly: true } })!.received, /base document only/);
});

test('META-002 valid: both aliases serve the same paths', () => {
  assert.equal(judgeDocumentAliases(document(['/objects', '/fields']), document(['/fields', '/objects'])), null);
});

test('META-002 invalid: the alias missing or serving other paths', () => {
  assert.deepEqual(judgeDocumentAliases(document(['/objects']), { status: 404, json: {}, responseBody: '{}' }), { at: 'alias', received: 'HTTP 404', expected: 'HTTP 200 with the metadata document on both aliases' });
  assert.equal(judgeDocumentAliases(document(['/objects', '/fields']), document(['/objects']))?.expected, 'the 2 paths of /rest/open-api/metadata');
});

test('META-003 valid and invalid: servers naming the base URL in use, or the core API', () => {
  assert.equal(judgeServers(['http://localhost:3000/rest/metadata'], 'http://localhost:3000/'), null);
  assert.equal(judgeServers(['http://localhost:3000/rest/'], 'http://localhost:3000')?.expected, 'servers naming http://localhost:3000/rest/metadata, the base URL in use');
});
