// The collection actions over the real SQL engine: groupBy counts in SQL, find
// duplicates by the criteria, merge and its dry run, the 200-record limit and
// `fields` on writes, each with the fault that breaks it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

type FaultOption = NonNullable<Parameters<typeof startReference>[0]>['fault'];

async function withReference(fault?: FaultOption) {
  return startReference(fault ? { fault } : {});
}

describe('core operations on the faithful reference', () => {
  let reference: RunningReference;
  const request = (method: string, path: string, body?: unknown) => call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });
  before(async () => {
    reference = await withReference();
  });
  after(() => reference.stop());

  test('groupBy answers one group per value with the asked aggregates, counted over the filtered visible rows', async () => {
    const all = await request('GET', '/rest/opportunities?limit=200');
    const stages = new Map<string, number>();
    for (const record of all.body.data.opportunities) stages.set(String(record.stage), (stages.get(String(record.stage)) ?? 0) + 1);
    const groups = await request('GET', `/rest/opportunities/groupBy?group_by=${q([{ stage: true }])}&aggregate=${q(['totalCount', 'countNotEmptyId'])}&limit=200`);
    assert.equal(groups.status, 200);
    assert.deepEqual(new Map(groups.body.map((group: { groupByDimensionValues: unknown[]; totalCount: number }) => [String(group.groupByDimensionValues[0]), group.totalCount])), stages);
    for (const group of groups.body) assert.equal(group.countNotEmptyId, group.totalCount);
  });

  test("groupBy refuses a group_by that is not JSON with Twenty's text", async () => {
    const answer = await request('GET', '/rest/people/groupBy?group_by=nope');
    assert.equal(answer.status, 400);
    assert.match(answer.body.messages[0], /^Invalid group_by query parameter/);
  });

  test('duplicates lists the records sharing first and last name, never the record itself; merge keeps the priority record', async () => {
    const created = await request('POST', '/rest/batch/people?fields=id', [
      { name: { firstName: 'Twin', lastName: 'Op' }, jobTitle: 'first' },
      { name: { firstName: 'Twin', lastName: 'Op' }, city: 'Lyon' },
    ]);
    assert.deepEqual(Object.keys(created.body.data.createPeople[0]), ['id'], '`fields=id` on a batch');
    const [a, b] = created.body.data.createPeople.map((record: { id: string }) => record.id);
    const duplicates = await request('POST', '/rest/people/duplicates', { ids: [a] });
    const ids = duplicates.body.data[0].personDuplicates.map((record: { id: string }) => record.id);
    assert.ok(ids.includes(b) && !ids.includes(a));
    const dry = await request('PATCH', '/rest/people/merge', { ids: [a, b], conflictPriorityIndex: 1, dryRun: true });
    assert.equal(dry.status, 200);
    assert.equal(dry.body.data.mergePerson.city, 'Lyon');
    assert.equal(dry.body.data.mergePerson.jobTitle, 'first', 'an empty value is filled from the other record');
    assert.equal((await request('GET', `/rest/people/${a}`)).status, 200, 'a dry run writes nothing');
    const merged = await request('PATCH', '/rest/people/merge', { ids: [a, b], conflictPriorityIndex: 1 });
    assert.equal(merged.body.data.mergePerson.id, b);
    assert.equal((await request('GET', `/rest/people/${a}`)).status, 404);
    await request('DELETE', `/rest/people/${b}`);
  });

  test('a batch of 201 records is refused before anything is written', async () => {
    const answer = await request('POST', '/rest/batch/people', Array.from({ length: 201 }, () => ({ jobTitle: 'over-limit' })));
    assert.equal(answer.status, 400);
    assert.equal(answer.body.messages[0], 'Maximum number of records to upsert is 200.');
    const listed = await request('GET', `/rest/people?filter=${encodeURIComponent('jobTitle[eq]:over-limit')}`);
    assert.equal(listed.body.totalCount, 0);
  });
});

describe('core operation faults', () => {
  test('groupby-counts-deleted counts soft-deleted rows', async () => {
    const reference = await withReference('groupby-counts-deleted');
    try {
      const request = (method: string, path: string, body?: unknown) => call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });
      const created = await request('POST', '/rest/people', { jobTitle: 'gone' });
      const id = created.body.data.createPerson.id;
      await request('DELETE', `/rest/people/${id}?soft_delete=true`);
      const groups = await request('GET', `/rest/people/groupBy?group_by=${q([{ id: true }])}&aggregate=${q(['totalCount'])}&filter=${encodeURIComponent(`id[in]:[${id}]`)}`);
      assert.deepEqual(groups.body, [{ groupByDimensionValues: [id], totalCount: 1 }]);
    } finally {
      await reference.stop();
    }
  });

  test('merge-keeps-duplicates leaves the merged-away record in place', async () => {
    const reference = await withReference('merge-keeps-duplicates');
    try {
      const request = (method: string, path: string, body?: unknown) => call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });
      const created = await request('POST', '/rest/batch/companies', [{ name: 'Twin Co' }, { name: 'Twin Co' }]);
      const [a, b] = created.body.data.createCompanies.map((record: { id: string }) => record.id);
      await request('PATCH', '/rest/companies/merge', { ids: [a, b], conflictPriorityIndex: 0 });
      assert.equal((await request('GET', `/rest/companies/${b}`)).status, 200);
    } finally {
      await reference.stop();
    }
  });
});
