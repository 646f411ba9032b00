// The reference's write behaviour added for the WRITE checks — normalisation on
// write, restore — and each write fault switched where the behaviour lives.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../database/database.ts';
import { RestApiError } from '../errors.ts';
import { seedId } from '../seed/dataset.ts';
import { engineFor, leaf, objectNamed, openSeeded } from '../../testing/reference/engine/engine-fixture.ts';
import { normaliseLinkUrl } from './write-normalisation.ts';

let db: Database;
before(async () => {
  db = await openSeeded();
});
after(async () => {
  await db.close();
});

const company = objectNamed('company');
const person = objectNamed('person');
const opportunity = objectNamed('opportunity');
const visible = async (fault: Parameters<typeof engineFor>[1], id: string) =>
  (await engineFor(db, fault).findMany({ object: company, filter: leaf('id', 'eq', id), orderBy: [], limit: 5, depth: 0 })).records.length;
const anyState = async (id: string) =>
  (
    await engineFor(db).findMany({
      object: company,
      filter: { type: 'and', children: [leaf('id', 'eq', id), { type: 'or', children: [leaf('deletedAt', 'is', 'NULL'), leaf('deletedAt', 'is', 'NOT_NULL')] }] },
      orderBy: [],
      limit: 5,
      depth: 0,
    })
  ).records;

describe('normalisation on write', () => {
  test('links lose the trailing slash and get a lower-case host; emails are lower-cased', async () => {
    assert.equal(normaliseLinkUrl('https://Example.COM/Path/'), 'https://example.com/Path');
    assert.equal(normaliseLinkUrl('example.com/'), 'example.com');
    const created = await engineFor(db).createOne(company, { name: 'Norm', domainName: { primaryLinkUrl: 'HTTPS://Norm.Example/' } }, 0);
    assert.equal((created.domainName as { primaryLinkUrl: string }).primaryLinkUrl, 'https://norm.example');
    const personal = await engineFor(db).createOne(person, { emails: { primaryEmail: 'Ada@Example.COM', additionalEmails: ['X@Y.z'] } }, 0);
    assert.deepEqual(personal.emails, { primaryEmail: 'ada@example.com', additionalEmails: ['x@y.z'] });
  });
  test('link-not-normalised stores the URL as sent', async () => {
    const created = await engineFor(db, 'link-not-normalised').createOne(company, { domainName: { primaryLinkUrl: 'https://Kept.example/' } }, 0);
    assert.equal((created.domainName as { primaryLinkUrl: string }).primaryLinkUrl, 'https://Kept.example/');
  });
});

describe('restore', () => {
  test('restore clears deletedAt; restore-does-nothing leaves it set', async () => {
    const engine = engineFor(db);
    const { id } = await engine.createOne(company, { name: 'Phoenix' }, 0);
    await engine.deleteOne(company, String(id), true);
    assert.equal(await visible(null, String(id)), 0);
    const noop = await engineFor(db, 'restore-does-nothing').restoreOne(company, String(id), 0);
    assert.notEqual(noop.deletedAt, null);
    const restored = await engine.restoreOne(company, String(id), 0);
    assert.equal(restored.deletedAt, null);
    assert.equal(await visible(null, String(id)), 1);
  });
  test('restore many reaches deleted rows through a filter that does not name deletedAt', async () => {
    const engine = engineFor(db);
    const { id } = await engine.createOne(company, { name: 'Lazarus' }, 0);
    await engine.deleteOne(company, String(id), true);
    const restored = await engine.restoreMany(company, leaf('id', 'eq', String(id)), 0);
    assert.deepEqual(restored.map((record) => record.id), [id]);
  });
  test('an unknown id is 404', async () => {
    await assert.rejects(engineFor(db).restoreOne(company, '00000000-0000-4000-8000-0000000000ff', 0), (error: unknown) => error instanceof RestApiError && error.statusCode === 404);
  });
});

describe('write faults', () => {
  test('soft-delete-hard-deletes destroys the row', async () => {
    const { id } = await engineFor(db).createOne(company, { name: 'Gone' }, 0);
    await engineFor(db, 'soft-delete-hard-deletes').deleteOne(company, String(id), true);
    assert.deepEqual(await anyState(String(id)), []);
  });
  test('patch-nulls-unsent-fields clears what the body did not name', async () => {
    const { id } = await engineFor(db).createOne(company, { name: 'Keep', employees: 7, tags: ['a'] }, 0);
    const faithful = await engineFor(db).updateOne(company, String(id), { name: 'Kept' }, 0);
    assert.equal(faithful.employees, 7);
    const faulty = await engineFor(db, 'patch-nulls-unsent-fields').updateOne(company, String(id), { name: 'Lost' }, 0);
    assert.equal(faulty.employees, null);
    assert.equal(faulty.tags, null);
  });
  test('batch-create-partial-on-error keeps the items before the failing one', async () => {
    const batch = [{ name: 'Partial first', stage: 'NEW' }, { name: 'Partial bad', stage: 'NOT_A_STAGE' }];
    const count = async () => (await engineFor(db).findMany({ object: opportunity, filter: leaf('name', 'startsWith', 'Partial'), orderBy: [], limit: 10, depth: 0 })).records.length;
    await assert.rejects(engineFor(db).createMany(opportunity, batch, 0), RestApiError);
    assert.equal(await count(), 0);
    await assert.rejects(engineFor(db, 'batch-create-partial-on-error').createMany(opportunity, batch, 0), RestApiError);
    assert.equal(await count(), 1);
  });
  test('depth-ignored embeds nothing at depth 1', async () => {
    const faithful = await engineFor(db).findOne(person, seedId(3, 1), 1);
    assert.ok('company' in faithful);
    const faulty = await engineFor(db, 'depth-ignored').findOne(person, seedId(3, 1), 1);
    assert.ok(!('company' in faulty));
  });
});
