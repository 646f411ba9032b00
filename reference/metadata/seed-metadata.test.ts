// The seeded metadata of a datamodel: stable unique ids, every child pointing at
// an existing parent, the field properties the suite and issue-12 readers use;
// the custom object/field rules; the metadata document validates and lists every
// resource with the metadata limit.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { ActiveFault } from '../faults/catalogue.ts';
import { fullMetadataDocument } from '../openapi/metadata-document.ts';
import { customFieldColumnType, validateCustomField, validateCustomObject } from './custom-ddl.ts';
import { METADATA_RESOURCES, findMetadataResource } from './resources.ts';
import { seedMetadataRows } from './seed-metadata.ts';

describe('seedMetadataRows', () => {
  const rows = seedMetadataRows(STANDARD_DATAMODEL);

  test('ids are unique and the same on every call', () => {
    assert.equal(new Set(rows.map((row) => row.id)).size, rows.length);
    assert.deepEqual(seedMetadataRows(STANDARD_DATAMODEL).map((row) => row.id), rows.map((row) => row.id));
  });

  test('every child names an existing parent of the right resource', () => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) {
      const parent = findMetadataResource(row.resource)?.parent;
      if (!parent) continue;
      const target = byId.get(String(row.body[parent.key]));
      assert.equal(target?.resource, parent.resource, `${row.resource} ${row.id}`);
      assert.equal(row.parentId, target?.id);
    }
  });

  test('one object row and one field row per datamodel object and field, with the properties readers rely on', () => {
    assert.equal(rows.filter((row) => row.resource === 'objects').length, STANDARD_DATAMODEL.objects.length);
    const fieldCount = STANDARD_DATAMODEL.objects.reduce((sum, object) => sum + object.fields.length, 0);
    const fields = rows.filter((row) => row.resource === 'fields');
    assert.equal(fields.length, fieldCount);
    for (const key of ['isSystem', 'isActive', 'isNullable', 'isUnique', 'isCustom', 'defaultValue', 'options']) assert.ok(key in fields[0]!.body, key);
    const object = rows.find((row) => row.resource === 'objects')!.body;
    for (const key of ['isSystem', 'isRemote', 'isActive', 'isCustom']) assert.ok(key in object, key);
  });
});

describe('custom objects and fields', () => {
  test('valid: camelCase names not taken, a supported field type', () => {
    assert.doesNotThrow(() => validateCustomObject({ nameSingular: 'gadget', namePlural: 'gadgets' }, STANDARD_DATAMODEL));
    assert.doesNotThrow(() => validateCustomField({ name: 'serialCode', type: 'TEXT' }, { isCustom: true }));
    assert.equal(customFieldColumnType('NUMBER'), 'double precision');
  });
  test('invalid: a taken or malformed name, a standard object, an unsupported type', () => {
    const company = STANDARD_DATAMODEL.objects[0]!;
    assert.throws(() => validateCustomObject({ nameSingular: company.nameSingular, namePlural: 'others' }, STANDARD_DATAMODEL), /already exists/);
    assert.throws(() => validateCustomObject({ nameSingular: 'Bad-Name', namePlural: 'bads' }, STANDARD_DATAMODEL), /camelCase/);
    assert.throws(() => validateCustomField({ name: 'note', type: 'TEXT' }, { isCustom: false }), /custom objects only/);
    assert.throws(() => validateCustomField({ name: 'note', type: 'ACTOR' }, { isCustom: true }), /not supported/);
  });
});

describe('fullMetadataDocument', () => {
  test('validates, and lists a list and an item path for every resource with limit 1000/1000', async () => {
    const document = fullMetadataDocument('http://x.test', new ActiveFault(null));
    await SwaggerParser.validate(structuredClone(document) as never);
    const paths = Object.keys(document['paths'] as object);
    for (const resource of METADATA_RESOURCES) assert.ok(paths.includes(`/${resource.name}`) && paths.includes(`/${resource.name}/{id}`), resource.name);
    const limit = (document['components'] as { parameters: { limit: { schema: { default: number; maximum: number } } } }).parameters.limit.schema;
    assert.deepEqual([limit.default, limit.maximum], [1000, 1000]);
  });
});
