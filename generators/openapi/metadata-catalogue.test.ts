// META catalogue: resources, limit and servers of a metadata document; the
// openapi command on the seed (the metadata API's published document) and on the
// real 2024 metadata documents.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { REAL_DOCUMENTS_ABSENT, SEED_OPENAPI_PATH, realDocument, realDocumentNames } from '../../testing/openapi/fixtures/fixture-documents.ts';
import { lintMetadataDocument } from './metadata-analysis.ts';
import { CONTRACT_METADATA_LIMIT, CONTRACT_METADATA_RESOURCES, buildMetadataCatalogue, isMetadataDocument, serversMismatch } from './metadata-catalogue.ts';
import { runOpenapiCommand } from '../../bin/run/openapi-command.ts';

const eraD = {
  openapi: '3.1.1',
  info: { title: 'Twenty Api', version: 'v0.1', description: 'Use **limit** to cap page size (default: 60, max: 60).' },
  servers: [{ url: 'http://x.test/rest/metadata' }],
  components: { parameters: { limit: { name: 'limit', in: 'query', schema: { type: 'integer', default: 500, maximum: 800 } } } },
  paths: {
    '/open-api/metadata': { get: { responses: { '200': { description: 'ok' } } } },
    '/objects': { get: { parameters: [{ $ref: '#/components/parameters/limit' }], responses: { '200': { description: 'ok' } } } },
    '/objects/{id}': { get: { responses: { '200': { description: 'ok' } } } },
    '/webhooks': { get: { responses: { '200': { description: 'ok' } } } },
  },
};

describe('buildMetadataCatalogue', () => {
  test('documented resources first, then the rest of the contract list; limit from the document', () => {
    const catalogue = buildMetadataCatalogue(eraD);
    assert.deepEqual(catalogue.resources.slice(0, 2).map((r) => [r.name, r.documented]), [['objects', true], ['webhooks', true]]);
    assert.equal(catalogue.resources.length, CONTRACT_METADATA_RESOURCES.length);
    assert.deepEqual(catalogue.limit, { default: 500, maximum: 800, fromDocument: true });
    assert.equal(catalogue.baseDocumentOnly, false);
  });

  test('a base document: the contract list and the contract limit', () => {
    const catalogue = buildMetadataCatalogue({ openapi: '3.1.1', paths: { '/open-api/metadata': { get: {} } } });
    assert.equal(catalogue.baseDocumentOnly, true);
    assert.ok(catalogue.resources.every((resource) => !resource.documented));
    assert.deepEqual(catalogue.limit, { ...CONTRACT_METADATA_LIMIT, fromDocument: false });
  });

  test('isMetadataDocument: by servers or by resource paths, not a core document', () => {
    assert.equal(isMetadataDocument(eraD), true);
    assert.equal(isMetadataDocument({ servers: [{ url: 'https://a/rest/' }], paths: { '/companies': {} } }), false);
  });

  test('lint keeps the prose-vs-schema limit finding, drops the core-only rules', () => {
    const ids = lintMetadataDocument(eraD).map((finding) => finding.id);
    assert.ok(ids.includes('DOC-002'), ids.join());
    assert.ok(!ids.includes('DOC-011') && !ids.includes('DOC-010'));
  });
});

describe('serversMismatch (META-003)', () => {
  test('valid: <base>/rest/metadata, trailing slashes ignored', () => {
    assert.equal(serversMismatch(['http://a:3000/rest/metadata/'], 'http://a:3000/'), null);
  });
  test('invalid: another host, or no server', () => {
    assert.equal(serversMismatch(['https://api.twenty.com/rest/metadata'], 'http://a:3000'), 'the document names https://api.twenty.com/rest/metadata, not http://a:3000/rest/metadata');
    assert.equal(serversMismatch([], 'http://a'), 'the document names no server (expected http://a/rest/metadata)');
  });
});

function capture() {
  let out = '';
  let err = '';
  return { io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env: {} }, out: () => out, err: () => err };
}

describe('openapi command on metadata documents', () => {
  test('the seed document validates and lints as a metadata document', { skip: existsSync(SEED_OPENAPI_PATH) ? false : `no seed at ${SEED_OPENAPI_PATH}` }, async () => {
    const run = capture();
    const code = await runOpenapiCommand(['--openapi', SEED_OPENAPI_PATH, '--json'], run.io);
    assert.equal(code, 0, run.err());
    const report = JSON.parse(run.out());
    assert.equal(report.valid, true);
    assert.deepEqual(report.errors, []);
    assert.ok(report.metadata, 'reported as a metadata document');
    assert.ok(!report.warnings.some((finding: { id: string }) => finding.id === 'DOC-011'));
  });

  test('the real 2024 metadata documents are recognised and list their resources', { skip: REAL_DOCUMENTS_ABSENT }, () => {
    const names = realDocumentNames().filter((name) => name.includes('_metadata_'));
    assert.ok(names.length >= 1);
    for (const name of names) {
      const document = realDocument(name);
      assert.equal(isMetadataDocument(document), true, name);
      const documented = buildMetadataCatalogue(document).resources.filter((r) => r.documented).map((r) => r.name);
      assert.deepEqual(documented, ['objects', 'fields', 'relations'], name);
    }
  });
});
