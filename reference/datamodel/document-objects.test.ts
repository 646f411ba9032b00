import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCatalogue } from '../../generators/openapi/catalogue.ts';
import { REAL_DOCUMENTS_ABSENT, realDocument, realDocumentNames, syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';
import { fullCoreDocument } from '../openapi/core-document.ts';
import { STANDARD_DATAMODEL } from './standard-objects.ts';
import { WORKSPACE_2026 } from './workspace-2026.ts';
import { documentObjects } from './document-objects.ts';
import { compositeOf } from './field-reader.ts';

const LIMITS = { defaultLimit: 60, maxLimit: 200 };

/** The reference's reading and the suite's catalogue are two readings of one document: they must agree on what both say. */
function assertSameReading(document: unknown): void {
  const ours = documentObjects(document);
  const suite = buildCatalogue(document).objects;
  assert.deepEqual(ours.map((object) => [object.plural, object.singular]), suite.map((object) => [object.plural, object.singular]));
  for (const [index, object] of ours.entries()) {
    const theirs = suite[index]!.fields.map((field) => ({ name: field.name, kind: field.kind, nullable: field.nullable, options: field.options, relation: field.relation }));
    const mine = object.fields.map((field) => ({ name: field.name, kind: field.kind, nullable: field.nullable, options: field.options, relation: field.relation }));
    assert.deepEqual(mine, theirs, object.plural);
  }
}

test('the reference reads its own documents as the suite does', () => {
  assertSameReading(fullCoreDocument(STANDARD_DATAMODEL, 'http://x', LIMITS));
  assertSameReading(fullCoreDocument(WORKSPACE_2026, 'http://x', LIMITS));
  assertSameReading(syntheticDocument());
});

test('objects, singulars, kinds and relations of the standard workspace', () => {
  const objects = documentObjects(fullCoreDocument(STANDARD_DATAMODEL, 'http://x', LIMITS));
  const company = objects.find((object) => object.plural === 'companies')!;
  assert.equal(company.singular, 'company');
  const field = (name: string) => company.fields.find((candidate) => candidate.name === name)!;
  assert.equal(field('name').kind, 'TEXT');
  assert.equal(field('domainName').kind, 'LINKS');
  assert.equal(field('employees').jsonType, 'integer');
  assert.deepEqual(field('accountOwner').relation, { type: 'MANY_TO_ONE', target: 'workspaceMembers', joinColumn: 'accountOwnerId' });
  assert.deepEqual(field('accountOwnerId').relation, { type: 'MANY_TO_ONE', target: 'workspaceMembers', joinColumn: 'accountOwnerId' });
  assert.deepEqual(field('people').relation, { type: 'ONE_TO_MANY', target: 'people' });
});

test('a base document and a value that is no document have no objects', () => {
  assert.deepEqual(documentObjects({ openapi: '3.1.1', paths: { '/open-api/core': {} } }), []);
  assert.deepEqual(documentObjects(42), []);
});

test('composites are known by their sub-fields', () => {
  assert.equal(compositeOf(['firstName', 'lastName']), 'FULL_NAME');
  assert.equal(compositeOf(['label', 'url']), 'LINKS');
  assert.equal(compositeOf(['source']), 'ACTOR');
  assert.equal(compositeOf(['primaryEmail']), null);
  assert.equal(compositeOf(['voxels', 'firstName']), null);
});

describe('real documents', { skip: REAL_DOCUMENTS_ABSENT }, () => {
  test('every real document (2024, mid-2025, metadata) reads as the suite reads it', () => {
    for (const name of realDocumentNames()) assertSameReading(realDocument(name));
  });
});
