import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseDocument } from '../../generators/openapi/analyse.ts';
import { WORKSPACE_2026 } from './workspace-2026.ts';
import { WORKSPACE_2026_DOCUMENT_PATH, workspace2026Document } from './workspace-2026-document.ts';
import { generatedSeedFor } from '../seed/seed-volume.ts';

const committed = () => JSON.parse(readFileSync(WORKSPACE_2026_DOCUMENT_PATH, 'utf8')) as { components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> } };

test('the committed 2026 document is the generator output (rerun scripts/generate-workspace-2026.ts after a change)', () => {
  assert.deepEqual(committed(), workspace2026Document());
});

test('the 2026 workspace has the standard object families of a 2026 install and one custom object with a unique custom field', () => {
  const names = new Set(WORKSPACE_2026.objects.map((object) => object.namePlural));
  for (const plural of ['companies', 'people', 'opportunities', 'notes', 'tasks', 'noteTargets', 'taskTargets', 'attachments', 'timelineActivities', 'workspaceMembers', 'workflows', 'workflowRuns', 'workflowVersions', 'messages', 'messageChannels', 'calendarEvents', 'calendarChannels', 'dashboards', 'favorites', 'blocklists']) {
    assert.ok(names.has(plural), plural);
  }
  const uniques = WORKSPACE_2026.objects.flatMap((object) => object.fields.filter((field) => field.unique).map((field) => `${object.nameSingular}.${field.name}${field.custom ? ' (custom)' : ''}`));
  assert.deepEqual(uniques, ['company.domainName', 'person.emails', 'workspaceMember.userEmail', 'project.code (custom)']);
});

test('morph targets are documented as plain strings, their target<X>Id join columns not at all (Twenty 2026)', () => {
  const schemas = committed().components.schemas;
  for (const name of ['NoteTarget', 'NoteTargetForResponse', 'Attachment', 'TimelineActivityForResponse']) {
    assert.deepEqual(schemas[name]!.properties['targetCompany'], { type: 'string', description: 'Company target' }, name);
    assert.equal(schemas[name]!.properties['targetCompanyId'], undefined, name);
  }
});

test('required join columns and fields without a default are listed as required in create schemas only', () => {
  const schemas = committed().components.schemas;
  assert.deepEqual(schemas['WorkspaceMember']!.required, ['userEmail', 'userId']);
  assert.deepEqual(schemas['MessageChannel']!.required, ['connectedAccountId']);
  assert.deepEqual(schemas['WorkflowAutomatedTrigger']!.required, ['settings', 'workflowId']);
  assert.equal(schemas['WorkspaceMemberForUpdate']!.required, undefined);
  assert.equal(schemas['Company']!.required, undefined);
});

test('the document is valid and catalogues every object', async () => {
  const analysis = await analyseDocument(committed());
  assert.equal(analysis.valid, true, analysis.validationErrors.slice(0, 3).join('\n'));
  assert.equal(analysis.catalogue.objects.length, WORKSPACE_2026.objects.length);
});

test('the generated seed fills every required join column and never repeats a unique value', () => {
  const tables = generatedSeedFor(WORKSPACE_2026, 200);
  for (const { object: name, records } of tables) {
    const object = WORKSPACE_2026.objects.find((candidate) => candidate.nameSingular === name)!;
    for (const field of object.fields) {
      if (field.relation?.type === 'MANY_TO_ONE' && !field.nullable) {
        assert.ok(records.every((record) => typeof record[field.relation!.joinColumn!] === 'string'), `${name}.${field.name}`);
      }
      if (field.unique) {
        const values = records.map((record) => JSON.stringify(record[field.name])).filter((value) => value !== 'null' && value !== undefined);
        assert.equal(new Set(values).size, values.length, `${name}.${field.name}`);
      }
    }
  }
});

test('read back from its document (--datamodel), the workspace keeps the standard unique fields (by name and kind) and loses the custom one', async () => {
  const { loadDatamodelFile } = await import('./load-datamodel.ts');
  const { model } = loadDatamodelFile(WORKSPACE_2026_DOCUMENT_PATH);
  const uniques = model.objects.flatMap((object) => object.fields.filter((field) => field.unique).map((field) => `${object.nameSingular}.${field.name}`));
  assert.deepEqual(uniques, ['company.domainName', 'person.emails', 'workspaceMember.userEmail']);
});
