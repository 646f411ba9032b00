// The metadata API over the real engine (PGlite): era-D lists and cursors, its
// 400 texts, get-one and 404, a custom object with a custom field as a real table
// and column, a view with its children removed together, the legacy aliases and
// the metadata document on both aliases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startReference, type RunningReference } from '../start.ts';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { METADATA_RESOURCES } from '../metadata/resources.ts';
import { call } from '../../testing/reference/http/test-server.ts';

describe('metadata API (faithful reference)', () => {
  let reference: RunningReference;
  const send = (method: string, path: string, body?: unknown) =>
    call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });
  before(async () => {
    reference = await startReference({});
  });
  after(() => reference.stop());

  test('every resource answers the flat envelope with raw-id cursors', async () => {
    for (const resource of METADATA_RESOURCES) {
      const { status, body } = await send('GET', `/rest/metadata/${resource.name}`);
      assert.equal(status, 200, resource.name);
      assert.ok(Array.isArray(body.data), resource.name);
      assert.equal(body.totalCount, body.data.length, resource.name);
      assert.equal(body.pageInfo.startCursor, body.data[0]?.id ?? null);
      assert.equal(body.pageInfo.hasNextPage, false);
    }
  });

  test('objects describe the datamodel, each with its fields', async () => {
    const { body } = await send('GET', '/rest/metadata/objects');
    assert.deepEqual(body.data.map((o: { namePlural: string }) => o.namePlural).sort(), STANDARD_DATAMODEL.objects.map((o) => o.namePlural).sort());
    for (const object of STANDARD_DATAMODEL.objects) {
      const described = body.data.find((o: { nameSingular: string }) => o.nameSingular === object.nameSingular);
      assert.deepEqual(described.fields.map((f: { name: string }) => f.name).sort(), object.fields.map((f) => f.name).sort());
    }
  });

  test('forward and backward pages partition the list in id order', async () => {
    const all = (await send('GET', '/rest/metadata/fields')).body.data.map((field: { id: string }) => field.id);
    assert.deepEqual(all, [...all].sort());
    const first = (await send('GET', '/rest/metadata/fields?limit=3')).body;
    assert.deepEqual(first.data.map((f: { id: string }) => f.id), all.slice(0, 3));
    const second = (await send('GET', `/rest/metadata/fields?limit=3&starting_after=${first.pageInfo.endCursor}`)).body;
    assert.deepEqual(second.data.map((f: { id: string }) => f.id), all.slice(3, 6));
    assert.equal(second.pageInfo.hasPreviousPage, true);
    const back = (await send('GET', `/rest/metadata/fields?limit=2&ending_before=${second.pageInfo.startCursor}`)).body;
    assert.deepEqual(back.data.map((f: { id: string }) => f.id), all.slice(1, 3));
    assert.deepEqual([back.pageInfo.hasPreviousPage, back.pageInfo.hasNextPage], [true, true]);
  });

  test("Twenty's 400 texts", async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    assert.deepEqual((await send('GET', `/rest/metadata/objects?starting_after=${id}&ending_before=${id}`)).body.messages, ["'starting_after' and 'ending_before' cannot be used together."]);
    assert.deepEqual((await send('GET', '/rest/metadata/objects?starting_after=abc')).body.messages, ['Invalid cursor: abc']);
    assert.deepEqual((await send('GET', '/rest/metadata/objects?limit=1.5')).body.messages, ["limit '1.5' is invalid. Should be an integer"]);
    assert.equal((await send('GET', `/rest/metadata/views/${id}`)).status, 404);
  });

  test('a custom object with a custom field: created, read, updated, deleted', async () => {
    const created = await send('POST', '/rest/metadata/objects', { nameSingular: 'tcfixGadget', namePlural: 'tcfixGadgets', labelSingular: 'tcfix-t Gadget', labelPlural: 'tcfix-t Gadgets' });
    assert.equal(created.status, 201, created.text);
    const field = await send('POST', '/rest/metadata/fields', { objectMetadataId: created.body.id, name: 'serialCode', label: 'Serial code', type: 'TEXT' });
    assert.equal(field.status, 201, field.text);
    const read = await send('GET', `/rest/metadata/objects/${created.body.id}`);
    assert.ok(read.body.fields.some((f: { name: string }) => f.name === 'serialCode'));
    assert.equal((await send('PATCH', `/rest/metadata/fields/${field.body.id}`, { label: 'Code' })).body.label, 'Code');
    assert.equal((await send('GET', `/rest/metadata/fields/${field.body.id}`)).body.label, 'Code');
    assert.equal((await send('POST', '/rest/metadata/fields', { objectMetadataId: created.body.id, name: 'serialCode', label: 'Again', type: 'TEXT' })).status, 400);
    assert.equal((await send('DELETE', `/rest/metadata/fields/${field.body.id}`)).status, 200);
    assert.equal((await send('DELETE', `/rest/metadata/objects/${created.body.id}`)).status, 200);
    assert.equal((await send('GET', `/rest/metadata/objects/${created.body.id}`)).status, 404);
    // The table was dropped: the same name can be created again.
    const again = await send('POST', '/rest/metadata/objects', { nameSingular: 'tcfixGadget', namePlural: 'tcfixGadgets', labelSingular: 'G', labelPlural: 'Gs' });
    assert.equal(again.status, 201, again.text);
    await send('DELETE', `/rest/metadata/objects/${again.body.id}`);
  });

  test('deleting a view deletes its fields, filters and sorts', async () => {
    const object = (await send('GET', '/rest/metadata/objects?limit=1')).body.data[0];
    const fieldId = object.fields[0].id;
    const view = (await send('POST', '/rest/metadata/views', { objectMetadataId: object.id, name: 'tcfix-t view' })).body;
    const children = [];
    for (const [resource, extra] of [['viewFields', {}], ['viewFilters', { operand: 'is', value: 'x' }], ['viewSorts', { direction: 'asc' }]] as const) {
      const answer = await send('POST', `/rest/metadata/${resource}`, { viewId: view.id, fieldMetadataId: fieldId, ...extra });
      assert.equal(answer.status, 201, answer.text);
      children.push([resource, answer.body.id]);
    }
    assert.deepEqual((await send('DELETE', `/rest/metadata/views/${view.id}`)).body, { success: true });
    for (const [resource, id] of children) assert.equal((await send('GET', `/rest/metadata/${resource}/${id}`)).status, 404);
  });

  test('legacy aliases are raw arrays marked deprecated; the document is served on both aliases', async () => {
    const legacy = await send('GET', '/rest/apiKeys');
    assert.ok(Array.isArray(legacy.body));
    assert.equal(legacy.headers.get('deprecation'), '@1786320000');
    assert.equal(legacy.headers.get('link'), '</rest/metadata/apiKeys>; rel="successor-version"');
    const a = await send('GET', '/rest/open-api/metadata');
    const b = await send('GET', '/open-api/metadata');
    assert.deepEqual(Object.keys(a.body.paths), Object.keys(b.body.paths));
    assert.ok(a.body.paths['/viewFilterGroups']);
  });
});
