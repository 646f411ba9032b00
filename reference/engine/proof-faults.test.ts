// The engine's proof faults (reference/faults/proofs.ts) next to the faithful
// engine on the same seeded database: each bug shows where it lives.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../database/database.ts';
import { RestApiError } from '../errors.ts';
import { engineFor, leaf, objectNamed, openSeeded } from '../../testing/reference/engine/engine-fixture.ts';

let db: Database;
before(async () => {
  db = await openSeeded();
});
after(async () => {
  await db.close();
});

const company = objectNamed('company');
const missing = '00000000-0000-4000-8000-0000000000fe';

test('find-one-missing-answers-null: an unknown id yields null instead of 404', async () => {
  await assert.rejects(engineFor(db).findOne(company, missing, 0), (error: unknown) => error instanceof RestApiError && error.statusCode === 404);
  assert.equal(await engineFor(db, 'find-one-missing-answers-null').findOne(company, missing, 0), null);
});

test('patch-answers-stale-record: the row is updated, the answer is the record before', async () => {
  const created = await engineFor(db).createOne(company, { name: 'Stale Before' }, 0);
  const answer = await engineFor(db, 'patch-answers-stale-record').updateOne(company, String(created['id']), { name: 'Stale After' }, 0);
  assert.equal(answer['name'], 'Stale Before');
  assert.equal((await engineFor(db).findOne(company, String(created['id']), 0))['name'], 'Stale After');
});

test('create-answers-input: the answer keeps what was sent but not what the database filled in', async () => {
  const answer = await engineFor(db, 'create-answers-input').createOne(company, { name: 'As Sent' }, 0);
  const stored = await engineFor(db).findOne(company, String(answer['id']), 0);
  assert.equal(answer['name'], 'As Sent');
  assert.equal(answer['createdBy'], null);
  assert.notEqual(stored['createdBy'], null);
});

test('destroy-soft-deletes: a plain one-record DELETE only sets deletedAt', async () => {
  const created = await engineFor(db).createOne(company, { name: 'Not Destroyed' }, 0);
  const id = String(created['id']);
  await engineFor(db, 'destroy-soft-deletes').deleteOne(company, id, false);
  const rows = await engineFor(db).findMany({ object: company, filter: { type: 'and', children: [leaf('id', 'eq', id), leaf('deletedAt', 'is', 'NOT_NULL')] }, orderBy: [], limit: 2, depth: 0 });
  assert.equal(rows.records.length, 1);
});
