// The event record over HTTP (--workspace 2026, whose datamodel subscribes a
// webhook to person.created and company.*, and a workflow to opportunity.created).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { operationMatches } from '../realism/event-log.ts';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

test('webhook patterns: <object>.<op>, *.<op>, <object>.*, *.*', () => {
  assert.ok(operationMatches('person.created', 'person', 'created'));
  assert.ok(operationMatches('*.created', 'company', 'created'));
  assert.ok(operationMatches('company.*', 'company', 'destroyed'));
  assert.ok(operationMatches('*.*', 'note', 'restored'));
  assert.ok(!operationMatches('person.created', 'person', 'updated'));
  assert.ok(!operationMatches('company.*', 'person', 'created'));
});

describe('events of committed writes', () => {
  let reference: RunningReference;
  let dir: string;
  const send = (method: string, path: string, body?: unknown) => call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tc-events-'));
    reference = await startReference({ workspace: '2026', eventsFile: join(dir, 'events.jsonl') });
  });
  after(async () => {
    await reference.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('each write records one event per record, with the webhooks and workflow triggers it would fire; refusals record nothing', async () => {
    const person = (await send('POST', '/rest/people', { city: 'Paris' })).body.data.createPerson.id;
    const companies = (await send('POST', '/rest/batch/companies', [{ name: 'A' }, { name: 'B' }])).body.data.createCompanies.map((record: { id: string }) => record.id);
    const opportunity = (await send('POST', '/rest/opportunities', { name: 'Deal' })).body.data.createOpportunity.id;
    assert.equal((await send('POST', '/rest/workspaceMembers', { userEmail: 'x@example.dev' })).status, 400);
    await send('DELETE', `/rest/companies/${companies[0]}?soft_delete=true`);
    await send('PATCH', `/rest/companies/${companies[0]}/restore`);
    await send('DELETE', `/rest/companies/${companies[1]}`);
    await send('PATCH', `/rest/people/${person}`, { city: 'Lyon' });

    const response = await send('GET', '/_reference/events');
    assert.equal(response.status, 200);
    const WEBHOOK = '20202020-0e6b-4000-8000-00000000a001';
    const TRIGGER = '20202020-0e6b-4000-8000-00000000b001';
    assert.deepEqual(
      response.body.events.map((event: Record<string, unknown>) => [event.seq, event.object, event.operation, event.recordId, event.webhooks, event.workflowTriggers]),
      [
        [1, 'person', 'created', person, [WEBHOOK], []],
        [2, 'company', 'created', companies[0], [WEBHOOK], []],
        [3, 'company', 'created', companies[1], [WEBHOOK], []],
        [4, 'opportunity', 'created', opportunity, [], [TRIGGER]],
        [5, 'company', 'deleted', companies[0], [WEBHOOK], []],
        [6, 'company', 'restored', companies[0], [WEBHOOK], []],
        [7, 'company', 'destroyed', companies[1], [WEBHOOK], []],
        [8, 'person', 'updated', person, [], []],
      ],
    );
    assert.deepEqual(response.body.subscriptions.workflowTriggers[0].eventName, 'opportunity.created');
    assert.deepEqual(reference.events(), response.body.events);
    const lines = readFileSync(join(dir, 'events.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines, response.body.events);
  });

  test('the record needs a valid key', async () => {
    const response = await call(reference.baseUrl, 'GET', '/_reference/events');
    assert.equal(response.status, 403);
  });
});

describe('subscribed workflow triggers as core records', () => {
  let reference: RunningReference;
  before(async () => {
    reference = await startReference({ workspace: '2026' });
  });
  after(() => reference.stop());

  test('GET /rest/workflowAutomatedTriggers lists exactly the datamodel\'s DATABASE_EVENT triggers', async () => {
    const response = await call(reference.baseUrl, 'GET', '/rest/workflowAutomatedTriggers', { token: reference.apiKey });
    assert.equal(response.status, 200);
    assert.deepEqual(
      response.body.data.workflowAutomatedTriggers.map((record: { id: string; type: string; settings: unknown }) => [record.id, record.type, record.settings]),
      [['20202020-0e6b-4000-8000-00000000b001', 'DATABASE_EVENT', { eventName: 'opportunity.created', outputSchema: {} }]],
    );
  });
});
