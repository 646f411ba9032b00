import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalogue } from '../openapi/catalogue.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';
import { objectKinds, objectMeasures, objectWeight, resourceMeasures } from './object-measures.ts';
import { chooseSubjects } from './subjects.ts';

const objects = buildCatalogue(syntheticDocument()).objects;
const target = { embeddedReference: true };

test('each named weight counts what it says', () => {
  const people = objects.find((object) => object.plural === 'people')!;
  assert.equal(objectWeight('fields', target)(people), people.fields.length);
  assert.equal(objectWeight('writable fields', target)(people), people.fields.filter((field) => field.writable).length);
  assert.ok(objectWeight('field paths', target)(people) >= objectWeight('probeable paths', target)(people));
  assert.ok(objectWeight('filterable pairs', target)(people) > 0);
  assert.equal(objectWeight('pool order', target)(people), 0);
});

test('kinds name every field kind, composite sub-fields under their composite', () => {
  const kinds = new Set(objects.flatMap(objectKinds));
  const composite = objects.flatMap((object) => object.fields).find((field) => (field.subFields ?? []).length > 0)!;
  assert.ok(kinds.has(composite.kind));
  assert.ok([...kinds].some((kind) => kind.startsWith(`${composite.kind}.${composite.subFields![0]!.name}:`)));
});

test('the `field kinds` budget over a catalogue holds every kind of the catalogue with fewer or as many objects', () => {
  const chosen = chooseSubjects({ pool: 'described objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 }, 'gate', objects, objectMeasures('probeable paths', target));
  assert.ok(chosen.length > 0 && chosen.length <= objects.length);
  assert.deepEqual(new Set(chosen.flatMap(objectKinds)), new Set(objects.flatMap(objectKinds)));
  assert.deepEqual(chosen, objects.filter((object) => chosen.includes(object)), 'catalogue order kept');
});

test('metadata resources: `objects resource` puts the objects list first, whatever its place', () => {
  const resources = [{ name: 'fields' }, { name: 'objects' }, { name: 'webhooks' }];
  const policy = { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 1 } as const;
  assert.deepEqual(chooseSubjects(policy, 'install', resources, resourceMeasures(policy.weight)), [{ name: 'objects' }]);
  assert.deepEqual(chooseSubjects(policy, 'gate', resources, resourceMeasures(policy.weight)), resources);
  assert.deepEqual(chooseSubjects({ ...policy, weight: 'pool order' }, 'smoke', resources, resourceMeasures('pool order')), [{ name: 'fields' }]);
});
