import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMPOSITE_KINDS, SCALAR_KINDS } from '../../generators/kinds/field-kinds.ts';
import { analyseDocument } from '../../generators/openapi/analyse.ts';
import { LARGE_WORKSPACE } from './large-workspace.ts';
import { LARGE_WORKSPACE_DOCUMENT_PATH, largeWorkspaceDocument } from './large-workspace-document.ts';
import { loadDatamodelFile } from './load-datamodel.ts';

test('the committed document is the generator output (rerun scripts/generate-large-workspace.ts after a change)', () => {
  assert.deepEqual(JSON.parse(readFileSync(LARGE_WORKSPACE_DOCUMENT_PATH, 'utf8')), largeWorkspaceDocument());
});

test('the large workspace has at least 25 objects and every kind the reference serves', () => {
  assert.ok(LARGE_WORKSPACE.objects.length >= 25);
  const kinds = new Set(LARGE_WORKSPACE.objects.flatMap((object) => object.fields.map((field) => field.kind)));
  // NUMERIC is stored like a float NUMBER and no document tells them apart.
  for (const kind of [...SCALAR_KINDS.filter((kind) => kind !== 'NUMERIC'), ...COMPOSITE_KINDS, 'RELATION'] as const) assert.ok(kinds.has(kind), kind);
});

test('its document is valid, catalogues without unknown kinds, and reads back into the same workspace', async () => {
  const analysis = await analyseDocument(JSON.parse(readFileSync(LARGE_WORKSPACE_DOCUMENT_PATH, 'utf8')));
  assert.equal(analysis.valid, true, analysis.validationErrors.slice(0, 3).join('\n'));
  assert.equal(analysis.catalogue.objects.length, LARGE_WORKSPACE.objects.length);
  assert.ok(!analysis.findings.some((finding) => finding.id === 'DOC-014'));
  const { model, skipped } = loadDatamodelFile(LARGE_WORKSPACE_DOCUMENT_PATH);
  assert.deepEqual(skipped, []);
  for (const original of LARGE_WORKSPACE.objects) {
    const read = model.objects.find((object) => object.nameSingular === original.nameSingular);
    assert.ok(read, original.nameSingular);
    assert.equal(read.namePlural, original.namePlural);
    const shape = (fields: typeof original.fields) =>
      fields.map((field) => [field.name, field.kind === 'NUMERIC' ? 'NUMBER' : field.kind, field.options?.map((option) => option.value) ?? null, field.relation?.target ?? null, field.relation?.type ?? null]).sort();
    assert.deepEqual(shape(read.fields), shape(original.fields), original.nameSingular);
  }
});
