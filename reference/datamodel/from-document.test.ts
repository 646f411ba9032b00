import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fullCoreDocument } from '../openapi/core-document.ts';
import { STANDARD_DATAMODEL } from './standard-objects.ts';
import { DatamodelDocumentError, datamodelFromDocument } from './from-document.ts';
import { REAL_DOCUMENTS_ABSENT, realDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';

const LIMITS = { defaultLimit: 60, maxLimit: 200 };

test('the standard workspace reads back from its own document: objects, kinds, options, relations', () => {
  const { model, skipped } = datamodelFromDocument(fullCoreDocument(STANDARD_DATAMODEL, 'http://x', LIMITS));
  assert.deepEqual(skipped, []);
  assert.deepEqual(model.objects.map((object) => object.nameSingular).sort(), ['company', 'opportunity', 'person', 'workspaceMember']);
  const company = model.objects.find((object) => object.nameSingular === 'company')!;
  const field = (name: string) => company.fields.find((candidate) => candidate.name === name);
  assert.equal(field('employees')?.numberType, 'int');
  assert.equal(field('healthScore')?.numberType, 'float');
  assert.deepEqual(field('tier')?.options?.map((option) => option.value), ['RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5']);
  assert.deepEqual(field('accountOwner')?.relation, { type: 'MANY_TO_ONE', target: 'workspaceMember', joinColumn: 'accountOwnerId' });
  assert.deepEqual(field('people')?.relation, { type: 'ONE_TO_MANY', target: 'person', inverseField: 'company' });
  // The join column is part of its relation, not a field of its own; base fields are system fields.
  assert.equal(field('accountOwnerId'), undefined);
  assert.equal(field('id')?.system, true);
  assert.equal(field('createdBy')?.nullable, false);
});

test('a base document (no objects) is refused with a clear error', () => {
  assert.throws(() => datamodelFromDocument({ openapi: '3.1.1', paths: { '/open-api/core': {} } }), DatamodelDocumentError);
});

test('a one-to-many without a many-to-one pointing back, and unknown kinds, are left out and named', () => {
  const document = fullCoreDocument(STANDARD_DATAMODEL, 'http://x', LIMITS) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
  const company = document.components.schemas.CompanyForResponse!;
  company.properties.hologram = { type: 'object', properties: { voxels: { type: 'integer' } } };
  const { model, skipped } = datamodelFromDocument(document);
  assert.ok(skipped.includes('companies.hologram: a schema of no known kind'));
  assert.equal(model.objects.find((object) => object.nameSingular === 'company')?.fields.some((candidate) => candidate.name === 'hologram'), false);
});

describe('real documents', { skip: REAL_DOCUMENTS_ABSENT }, () => {
  test('mid-2025 core: 36 objects, nothing left out, rich text and relations kept', () => {
    const { model, skipped } = datamodelFromDocument(realDocument('qmatiaslopez-n8n-nodes-twenty_core_v1.4.0_699a867.json'));
    assert.equal(model.objects.length, 36);
    assert.deepEqual(skipped, []);
    const note = model.objects.find((object) => object.nameSingular === 'note')!;
    assert.equal(note.fields.find((field) => field.name === 'bodyV2')?.kind, 'RICH_TEXT_V2');
    const person = model.objects.find((object) => object.nameSingular === 'person')!;
    assert.equal(person.fields.find((field) => field.name === 'company')?.relation?.target, 'company');
  });

  test('2024 core: untyped relations find their target by name', () => {
    const { model } = datamodelFromDocument(realDocument('opensdks_api.twenty.com_core_2024-06-03_5a579ae.json'));
    const person = model.objects.find((object) => object.nameSingular === 'person')!;
    assert.deepEqual(person.fields.find((field) => field.name === 'company')?.relation, { type: 'MANY_TO_ONE', target: 'company', joinColumn: 'companyId' });
  });
});
