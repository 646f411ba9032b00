// The three real-workspace faults on the real engine: each breaks exactly the
// behaviour its WRITE check (reference/faults/real-workspace.md) enforces.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { INTERNAL_ERROR_BODY } from './respond.ts';
import { startReference, type RunningReference } from '../start.ts';
import { call } from '../../testing/reference/http/test-server.ts';

const DENIED = { statusCode: 400, error: 'BadRequestException', messages: ['Entity performing the request does not have permission'] };
const MEMBER = { userEmail: 'phantom@example.dev', userId: '20202020-0000-4000-8000-00000000beef', name: { firstName: 'Phantom' } };

function withFault(fault: string, body: (reference: () => RunningReference) => void) {
  describe(fault, () => {
    let reference: RunningReference;
    before(async () => {
      reference = await startReference({ fault });
    });
    after(() => reference.stop());
    body(() => reference);
  });
}

const send = (reference: RunningReference, method: string, path: string, body?: unknown, token = reference.apiKey) =>
  call(reference.baseUrl, method, path, { token, ...(body !== undefined ? { body } : {}) });

withFault('duplicate-accepted', (reference) => {
  test('a case variant of a held e-mail is accepted (no unique index)', async () => {
    assert.equal((await send(reference(), 'POST', '/rest/people', { emails: { primaryEmail: 'twin@example.dev' } })).status, 201);
    const twin = await send(reference(), 'POST', '/rest/batch/people', [{ emails: { primaryEmail: 'TWIN@example.dev' } }]);
    assert.equal(twin.status, 201);
  });
});

withFault('refusal-answered-500', (reference) => {
  test('a refusal by design and a refusal by role answer the bare 500', async () => {
    const member = await send(reference(), 'POST', '/rest/workspaceMembers', MEMBER);
    assert.deepEqual([member.status, member.body], [500, INTERNAL_ERROR_BODY]);
    const readOnly = await send(reference(), 'POST', '/rest/companies', { name: 'x' }, reference().roleKeys.readOnly);
    assert.deepEqual([readOnly.status, readOnly.body], [500, INTERNAL_ERROR_BODY]);
  });
});

withFault('permission-refusal-writes-anyway', (reference) => {
  test('the permission refusal is answered, and the record exists anyway', async () => {
    const member = await send(reference(), 'POST', '/rest/workspaceMembers', MEMBER);
    assert.deepEqual([member.status, member.body], [400, DENIED]);
    const found = await send(reference(), 'GET', '/rest/workspaceMembers?filter=userEmail[eq]:phantom@example.dev');
    assert.equal(found.body.data.workspaceMembers.length, 1);
    const readOnly = await send(reference(), 'POST', '/rest/companies', { name: 'Written anyway' }, reference().roleKeys.readOnly);
    assert.deepEqual([readOnly.status, readOnly.body], [400, DENIED]);
    const company = await send(reference(), 'GET', '/rest/companies?filter=name[eq]:Written%20anyway');
    assert.equal(company.body.data.companies.length, 1);
  });

  test('refusals that are not about permission still write nothing', async () => {
    const people = async () => (await send(reference(), 'GET', '/rest/people?limit=1')).body.totalCount as number;
    const before = await people();
    const refused = await send(reference(), 'POST', '/rest/people', { company: 'not-a-connect' });
    assert.equal(refused.status, 400);
    assert.equal(await people(), before);
  });
});
