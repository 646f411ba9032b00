import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalogue } from '../openapi/catalogue.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';
import { fieldsToProject, projectable, projectionViolations, unknownFieldName, UNKNOWN_FIELD_BASE } from './projection.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';

function objects(withFields: boolean): CatalogueObject[] {
  return buildCatalogue(syntheticDocument()).objects.map((object) => ({
    ...object,
    listParameters: withFields ? [...object.listParameters, 'fields'] : object.listParameters,
  }));
}

test('only objects whose list operation declares `fields` are projected', () => {
  assert.equal(objects(false).some(projectable), false);
  assert.equal(objects(true).filter(projectable).length, 4);
});

test('projected fields skip id and relations', () => {
  const people = objects(true).find((object) => object.plural === 'people')!;
  const asked = fieldsToProject(people, 50);
  assert.ok(asked.length > 0);
  assert.ok(!asked.includes('id'));
  for (const name of asked) assert.notEqual(people.fields.find((field) => field.name === name)?.kind, 'RELATION');
});

test('the unknown field name is unknown to the object', () => {
  const [first] = objects(true);
  assert.equal(unknownFieldName(first!), UNKNOWN_FIELD_BASE);
  const taken = { ...first!, fields: [...first!.fields, { ...first!.fields[0]!, name: UNKNOWN_FIELD_BASE }] };
  assert.equal(unknownFieldName(taken), `${UNKNOWN_FIELD_BASE}2`);
});

test('a projected record holds id and at most the asked fields', () => {
  assert.deepEqual(projectionViolations({ id: 'x', name: 'a' }, ['name', 'city']), []);
  assert.deepEqual(projectionViolations({ id: 'x', name: 'a', city: 'b', jobTitle: '' }, ['name', 'city']), ['1 field(s) not asked for: jobTitle']);
  assert.deepEqual(projectionViolations({ name: 'a' }, ['name']), ['no id']);
  assert.equal(projectionViolations(null, ['name']).length, 1);
});
