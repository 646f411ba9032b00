import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from './validate.ts';
import { dereferenceLocally } from './local-dereference.ts';
import { asRecord } from './document-walk.ts';
import { buildCatalogue } from './catalogue.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';

test('the synthetic 3.1 document is valid and dereferenced by swagger-parser', async () => {
  const result = await validateDocument(syntheticDocument());
  assert.equal(result.valid, true);
  assert.deepEqual(result.findings, []);
  assert.equal(result.dereferencedBy, 'swagger-parser');
  // Refs are gone: the list items are the response schema itself.
  const items = asRecord(
    asRecord(
      asRecord(
        asRecord(asRecord(asRecord(asRecord(asRecord(asRecord(result.dereferenced.paths)['/companies']).get).responses)['200']).content)[
          'application/json'
        ],
      ).schema,
    ).properties,
  ).data;
  assert.equal(asRecord(asRecord(asRecord(items).properties).companies).items, asRecord(asRecord(result.dereferenced.components).schemas).CompanyForResponse);
});

test('every schema error is collected, not only the first', async () => {
  const document = syntheticDocument();
  document.openapi = '3.0.3';
  document.webhooks = { 'Company Created': {} };
  document.bogusRoot = true;
  const result = await validateDocument(document);
  assert.equal(result.valid, false);
  const messages = result.findings.map((finding) => finding.message);
  assert.ok(messages.some((message) => message.includes('(webhooks)')), messages.join('\n'));
  assert.ok(messages.some((message) => message.includes('(bogusRoot)')), messages.join('\n'));
  for (const finding of result.findings) {
    assert.equal(finding.id, 'DOC-001');
    assert.equal(finding.level, 'error');
  }
});

test('an error without details (unsupported version) is one finding, not one per pass', async () => {
  const document = syntheticDocument();
  document.openapi = '3.9.0';
  const result = await validateDocument(document);
  assert.equal(result.valid, false);
  assert.equal(result.findings.length, 1);
  assert.match(result.findings[0]?.message ?? '', /Unsupported OpenAPI version: 3\.9\.0/);
  assert.equal(result.findings[0]?.message.includes('\n'), false);
});

test('the input document is not modified', async () => {
  const document = syntheticDocument();
  const before = JSON.stringify(document);
  await validateDocument(document);
  assert.equal(JSON.stringify(document), before);
});

test('a dangling ref: reported, and the local resolver still dereferences the rest', async () => {
  const document = syntheticDocument();
  const schemas = asRecord(asRecord(document.components).schemas);
  asRecord(asRecord(schemas.DashboardForResponse).properties).owner = { $ref: '#/components/schemas/Nowhere' };
  const result = await validateDocument(document);
  assert.equal(result.valid, false);
  assert.equal(result.dereferencedBy, 'local');
  assert.deepEqual(buildCatalogue(result.dereferenced).objects.map((object) => object.plural), [
    'companies',
    'people',
    'kitchenSinks',
    'dashboards',
  ]);
});

test('local dereference: cycles share one object, dangling refs stay, components keep identity', () => {
  const document = {
    paths: { '/a': { get: { schema: { $ref: '#/components/schemas/A' } } } },
    components: {
      schemas: {
        A: { properties: { b: { $ref: '#/components/schemas/B' } } },
        B: { properties: { a: { $ref: '#/components/schemas/A' }, gone: { $ref: '#/components/schemas/Gone' } } },
        Alias: { $ref: '#/components/schemas/A' },
      },
    },
  };
  const result = dereferenceLocally(document);
  const schemas = asRecord(asRecord(result.components).schemas);
  const a = asRecord(schemas.A);
  const b = asRecord(asRecord(a.properties).b);
  assert.equal(b, schemas.B);
  assert.equal(asRecord(b.properties).a, a);
  assert.deepEqual(asRecord(b.properties).gone, { $ref: '#/components/schemas/Gone' });
  assert.equal(asRecord(asRecord(asRecord(result.paths)['/a']).get).schema, a);
  assert.equal(schemas.Alias, a);
});
