// The reference as a real 2026 workspace (`--workspace 2026`, PGlite, generated
// seed), over HTTP with Twenty's exact bodies: objects that refuse writes,
// required fields and join columns, morph relations, unique values.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

const bad = (message: string) => ({ statusCode: 400, error: 'BadRequestException', messages: [message] });

describe('real 2026 workspace: refusals, required fields, morph relations, unique values', () => {
  let reference: RunningReference;
  const send = (method: string, path: string, body?: unknown) => call(reference.baseUrl, method, path, { token: reference.apiKey, ...(body !== undefined ? { body } : {}) });
  const count = async (plural: string) => (await send('GET', `/rest/${plural}?limit=1&filter=deletedAt[is]:NULL`)).body.totalCount as number;
  const firstId = async (plural: string) => (await send('GET', `/rest/${plural}?limit=1`)).body.data[plural][0].id as string;
  before(async () => {
    reference = await startReference({ workspace: '2026' });
  });
  after(() => reference.stop());

  test('workspaceMembers: create refused for permission, nothing written', async () => {
    const before = await count('workspaceMembers');
    const one = await send('POST', '/rest/workspaceMembers', { userEmail: 'new.member@example.dev', userId: '20202020-0000-4000-8000-00000000beef', name: { firstName: 'New' } });
    assert.equal(one.status, 400);
    assert.deepEqual(one.body, bad('Entity performing the request does not have permission'));
    const batch = await send('POST', '/rest/batch/workspaceMembers', [{ userEmail: 'b1@example.dev' }]);
    assert.deepEqual([batch.status, batch.body], [400, bad('Entity performing the request does not have permission')]);
    assert.equal(await count('workspaceMembers'), before);
  });

  test('workspaceMembers: a body is validated before the hook refuses it', async () => {
    const response = await send('POST', '/rest/workspaceMembers', { nope: 1 });
    assert.deepEqual([response.status, response.body], [400, bad('Object workspaceMember doesn\'t have any "nope" field.')]);
  });

  test('workspaceMembers: bulk soft delete points at /deleteUserFromWorkspace, destroy is denied', async () => {
    const id = await firstId('workspaceMembers');
    const soft = await send('DELETE', `/rest/workspaceMembers?filter=id[eq]:${id}&soft_delete=true`);
    assert.deepEqual([soft.status, soft.body], [400, bad('Please use /deleteUserFromWorkspace to remove a workspace member.')]);
    const destroy = await send('DELETE', `/rest/workspaceMembers/${id}`);
    assert.deepEqual([destroy.status, destroy.body], [400, bad('Entity performing the request does not have permission')]);
    assert.equal((await send('GET', `/rest/workspaceMembers/${id}`)).status, 200);
  });

  test('workflowRuns and workflowVersions: create → Method not allowed.', async () => {
    const workflowId = await firstId('workflows');
    for (const [plural, body] of [
      ['workflowRuns', { name: 'run', workflowId }],
      ['workflowVersions', { name: 'v2', workflowId }],
    ] as const) {
      const response = await send('POST', `/rest/${plural}`, body);
      assert.deepEqual([response.status, response.body], [400, bad('Method not allowed.')], plural);
    }
  });

  test('workflows: statuses cannot be set; without them a create is accepted', async () => {
    const refused = await send('POST', '/rest/workflows', { name: 'Flow', statuses: ['ACTIVE'] });
    assert.deepEqual([refused.status, refused.body], [400, bad('Statuses cannot be set manually.')]);
    const accepted = await send('POST', '/rest/workflows', { name: 'Flow', statuses: [] });
    assert.equal(accepted.status, 201);
  });

  test('SYSTEM-writability objects: not writable through the API', async () => {
    const response = await send('POST', '/rest/workflowAutomatedTriggers', { type: 'DATABASE_EVENT', settings: {}, workflowId: await firstId('workflows') });
    assert.deepEqual(
      [response.status, response.body],
      [400, bad('Entity performing the request does not have permission: records of "workflowAutomatedTrigger" are not writable through the API')],
    );
  });

  test('blocklists: an API key has no user → 401', async () => {
    const response = await send('POST', '/rest/blocklists', { handle: 'spam@example.dev', workspaceMemberId: await firstId('workspaceMembers') });
    assert.deepEqual([response.status, response.body], [401, { statusCode: 401, error: 'UnauthorizedException', messages: ['Blocklist entries can only be managed by an authenticated user'] }]);
  });

  test('a required join column left out → Postgres NOT NULL text; sent as null → Twenty\'s own text', async () => {
    const omitted = await send('POST', '/rest/messageChannels', { handle: 'inbox@example.dev' });
    assert.equal(omitted.status, 400);
    assert.match(omitted.body.messages[0], /^null value in column "connectedAccountId" of relation "messageChannel" violates not-null constraint/);
    const nulled = await send('POST', '/rest/messageChannels', { handle: 'inbox@example.dev', connectedAccountId: null });
    assert.deepEqual([nulled.status, nulled.body], [400, bad('Field connectedAccountId is not nullable and has no default value.')]);
  });

  test('morph relations: target<X> (documented as a string) is refused, target<X>Id works', async () => {
    const companyId = await firstId('companies');
    const refused = await send('POST', '/rest/noteTargets', { targetCompany: companyId });
    assert.deepEqual([refused.status, refused.body], [400, bad('Relation "targetCompany" requires connect or disconnect operation')]);
    const created = await send('POST', '/rest/noteTargets', { targetCompanyId: companyId });
    assert.equal(created.status, 201);
    assert.equal(created.body.data.createNoteTarget.targetCompanyId, companyId);
  });

  test('a one-to-many relation is not writable', async () => {
    const response = await send('POST', '/rest/companies', { people: [] });
    assert.deepEqual([response.status, response.body], [400, bad('One-to-many relation people field does not support write operations.')]);
  });

  test('unique values: a case variant of a held e-mail refuses the whole batch', async () => {
    const held = (await send('GET', '/rest/people?limit=1&filter=emails.primaryEmail[is]:NOT_NULL')).body.data.people[0].emails.primaryEmail as string;
    const before = await count('people');
    const response = await send('POST', '/rest/batch/people', [{ emails: { primaryEmail: 'fresh.one@example.dev' } }, { emails: { primaryEmail: held.toUpperCase() } }]);
    assert.deepEqual([response.status, response.body], [400, bad('A duplicate entry was detected')]);
    assert.equal(await count('people'), before);
  });

  test('the custom unique field is enforced too', async () => {
    const first = await send('POST', '/rest/projects', { name: 'P', code: 'PRJ-UNIQUE' });
    assert.equal(first.status, 201);
    const again = await send('POST', '/rest/projects', { name: 'P2', code: 'PRJ-UNIQUE' });
    assert.deepEqual([again.status, again.body], [400, bad('A duplicate entry was detected')]);
  });
});
