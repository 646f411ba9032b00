import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LARGE_WORKSPACE } from '../datamodel/large-workspace.ts';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { generateSeed, insertOrder, largeObject } from './generate.ts';
import { generatedSeedFor } from './seed-volume.ts';
import { buildSeedStatements } from './seed-statements.ts';

test('targets are inserted before the objects that point at them', () => {
  for (const model of [LARGE_WORKSPACE, STANDARD_DATAMODEL]) {
    const order = insertOrder(model).map((object) => object.nameSingular);
    assert.equal(new Set(order).size, model.objects.length);
    for (const object of model.objects) {
      for (const field of object.fields) {
        if (field.relation?.type !== 'MANY_TO_ONE' || field.relation.target === object.nameSingular) continue;
        // The standard workspace has no cycle either, so every edge is respected.
        assert.ok(order.indexOf(field.relation.target) < order.indexOf(object.nameSingular), `${object.nameSingular} → ${field.relation.target}`);
      }
    }
  }
});

test('generated data is deterministic, ids unique, the large object above the maximum page', () => {
  const a = generatedSeedFor(LARGE_WORKSPACE, 200);
  const b = generatedSeedFor(LARGE_WORKSPACE, 200);
  assert.deepEqual(a, b);
  const large = largeObject(LARGE_WORKSPACE)!;
  const largeTable = a.find((table) => table.object === large.nameSingular)!;
  const visible = largeTable.records.filter((record) => record.deletedAt === null).length;
  assert.ok(visible > 200, `${visible} visible ${large.nameSingular} records`);
  for (const table of a) {
    assert.equal(new Set(table.records.map((record) => record.id)).size, table.records.length, table.object);
    assert.equal(table.records.filter((record) => record.deletedAt !== null).length, 1, `${table.object}: one soft-deleted`);
  }
});

test('many-to-one values only name records that exist, and some are NULL', () => {
  const tables = generateSeed(LARGE_WORKSPACE, { records: 10, largeRecords: 30 });
  const ids = new Set(tables.flatMap((table) => table.records.map((record) => record.id)));
  let pointing = 0;
  let nulls = 0;
  for (const object of LARGE_WORKSPACE.objects) {
    const records = tables.find((table) => table.object === object.nameSingular)!.records;
    for (const field of object.fields) {
      if (field.relation?.type !== 'MANY_TO_ONE') continue;
      for (const record of records) {
        const value = record[field.relation.joinColumn!];
        if (value === null) nulls++;
        else {
          pointing++;
          assert.ok(ids.has(value as string), `${object.nameSingular}.${field.name} → ${String(value)}`);
        }
      }
    }
  }
  assert.ok(pointing > 0 && nulls > 0);
});

test("every generated record goes through the reference's own write mapping", () => {
  const statements = buildSeedStatements(LARGE_WORKSPACE, 'workspace_x', generatedSeedFor(LARGE_WORKSPACE, 60));
  assert.ok(statements.length > 25 * 20);
  assert.ok(statements.every((statement) => statement.sql.startsWith('INSERT INTO')));
});
