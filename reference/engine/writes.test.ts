// Writes on their own seeded PGlite: creates with Twenty's defaults, batch rules
// and all-or-nothing, partial updates, hard and soft deletes, error texts, and
// that a failed request leaves the data untouched.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../database/database.ts';
import { DEFAULT_WORKSPACE_SCHEMA } from '../database/database.ts';
import { RestApiError } from '../errors.ts';
import { seedId } from '../seed/dataset.ts';
import { engineFor, leaf, objectNamed, openSeeded, serials } from '../../testing/reference/engine/engine-fixture.ts';

let db: Database;
before(async () => {
  db = await openSeeded();
});
after(async () => {
  await db.close();
});

const person = objectNamed('person');
const company = objectNamed('company');
const opportunity = objectNamed('opportunity');

async function rejects(run: () => Promise<unknown>, status: number, message: string) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof RestApiError, String(error));
    assert.equal(error.statusCode, status);
    assert.equal(error.errorName, status === 404 ? 'NotFoundException' : 'BadRequestException');
    assert.equal(error.message, message);
    return true;
  });
}

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${DEFAULT_WORKSPACE_SCHEMA}"."${table}"`)).rows[0]!.n;

describe('create', () => {
  test('an API create gets Twenty defaults', async () => {
    const created = await engineFor(db).createOne(person, { name: { firstName: 'New' } }, 0);
    assert.match(String(created.id), /^[0-9a-f-]{36}$/);
    assert.deepEqual(created.name, { firstName: 'New', lastName: '' });
    assert.equal(created.jobTitle, '');
    assert.equal(created.city, '');
    assert.deepEqual(created.createdBy, { source: 'API', workspaceMemberId: null, name: '' });
    assert.equal(created.companyId, null);
    assert.equal('company' in created, false);
    assert.match(String(created.createdAt), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
  test('a given createdBy.source is kept; depth 1 embeds relations', async () => {
    const created = await engineFor(db).createOne(
      person,
      { name: { firstName: 'Mail' }, createdBy: { source: 'EMAIL' }, companyId: seedId(2, 1) },
      1,
    );
    assert.equal((created.createdBy as { source: string }).source, 'EMAIL');
    assert.equal((created.company as { name: string }).name, 'Acme');
    assert.equal('people' in (created.company as object), false, 'embedded records carry no relations');
    assert.deepEqual(created.pointOfContactForOpportunities, []);
  });
  test('typed values round-trip', async () => {
    const created = await engineFor(db).createOne(
      company,
      {
        name: 'Typed',
        employees: 42,
        foundedOn: '2001-02-03',
        industries: ['RETAIL', 'SOFTWARE'],
        tags: ['x y', '%_'],
        extraData: { nested: [1, 'two'] },
        annualRecurringRevenue: { amountMicros: 1500000, currencyCode: 'EUR' },
        tier: 'RATING_2',
        healthScore: 0.125,
      },
      0,
    );
    assert.equal(created.employees, 42);
    assert.equal(created.foundedOn, '2001-02-03');
    assert.deepEqual(created.industries, ['RETAIL', 'SOFTWARE']);
    assert.deepEqual(created.tags, ['x y', '%_']);
    assert.deepEqual(created.extraData, { nested: [1, 'two'] });
    assert.deepEqual(created.annualRecurringRevenue, { amountMicros: 1500000, currencyCode: 'EUR' });
    assert.equal(created.healthScore, 0.125);
    assert.equal(created.idealCustomerProfile, false);
  });
  test('errors: duplicate id, unknown field, bad enum, bad sub-field, missing target', async () => {
    const engine = engineFor(db);
    await rejects(() => engine.createOne(person, { id: seedId(3, 1) }, 0), 400, 'Record already exists');
    await rejects(() => engine.createOne(person, { nope: 1 }, 0), 400, `Object person doesn't have any "nope" field.`);
    await rejects(() => engine.createOne(person, { company: {} }, 0), 400, 'Relation "company" requires connect or disconnect operation');
    await rejects(
      () => engine.createOne(opportunity, { name: 'x', stage: 'INVALID_ENUM_VALUE' }, 0),
      400,
      `invalid input value for enum ${DEFAULT_WORKSPACE_SCHEMA}.opportunity_stage_enum: "INVALID_ENUM_VALUE"`,
    );
    await rejects(() => engine.createOne(person, { name: { nickname: 'x' } }, 0), 400, 'Sub field "nickname" not found for composite type: FULL_NAME');
    await assert.rejects(() => engine.createOne(person, { companyId: seedId(2, 999) }, 0), (error: unknown) => {
      assert.ok(error instanceof RestApiError && error.statusCode === 400 && /foreign key/.test(error.message));
      return true;
    });
    await rejects(() => engine.createOne(person, [], 0), 400, 'Body must be an object');
  });
});

describe('create many', () => {
  test('body rules', async () => {
    await rejects(() => engineFor(db).createMany(person, {}, 0), 400, 'Body must be an array');
    await rejects(() => engineFor(db).createMany(person, [], 0), 400, 'Input must not be empty');
  });
  test('answers in input order', async () => {
    const created = await engineFor(db).createMany(opportunity, [{ name: 'B batch' }, { name: 'A batch' }], 0);
    assert.deepEqual(
      created.map((record) => record.name),
      ['B batch', 'A batch'],
    );
    assert.equal(created[0]!.stage, 'NEW');
  });
  test('all or nothing', async () => {
    const before = await count('opportunity');
    await assert.rejects(() => engineFor(db).createMany(opportunity, [{ name: 'ok' }, { name: 'bad', stage: 'NOPE' }], 0));
    assert.equal(await count('opportunity'), before);
  });
});

describe('update', () => {
  test('partial: composite sub-fields merge, updatedAt moves', async () => {
    const engine = engineFor(db);
    const id = seedId(3, 2);
    const before = await engine.findOne(person, id, 0);
    const updated = await engine.updateOne(person, id, { name: { lastName: 'Changed' }, city: 'Nice' }, 0);
    assert.deepEqual(updated.name, { firstName: 'Sylvie', lastName: 'Changed' });
    assert.equal(updated.city, 'Nice');
    assert.equal(updated.jobTitle, before.jobTitle);
    assert.equal(updated.companyId, before.companyId);
    assert.ok(String(updated.updatedAt) > String(before.updatedAt));
  });
  test('a failed update changes nothing', async () => {
    const engine = engineFor(db);
    const id = seedId(2, 2);
    await rejects(() => engine.updateOne(company, id, { name: 'Renamed', employees: 'many' }, 0), 400, 'invalid input syntax for type integer: "many"');
    assert.equal((await engine.findOne(company, id, 0)).name, 'acme');
  });
  test('missing or soft-deleted → 404', async () => {
    await rejects(() => engineFor(db).updateOne(person, seedId(3, 999), { city: 'x' }, 0), 404, 'Record not found');
    await rejects(() => engineFor(db).updateOne(person, seedId(3, 30), { city: 'x' }, 0), 404, 'Record not found');
  });
});

describe('delete', () => {
  test('hard delete removes the row; relations pointing at it are cleared', async () => {
    const engine = engineFor(db);
    const target = await engine.createOne(company, { name: 'Doomed' }, 0);
    const member = await engine.createOne(person, { companyId: target.id }, 0);
    assert.deepEqual(await engine.deleteOne(company, String(target.id), false), { id: target.id });
    await rejects(() => engine.findOne(company, String(target.id), 0), 404, 'Record not found');
    assert.equal((await engine.findOne(person, String(member.id), 0)).companyId, null);
    await rejects(() => engine.deleteOne(company, String(target.id), false), 404, 'Record not found');
  });
  test('soft delete hides the row until a filter mentions deletedAt', async () => {
    const engine = engineFor(db);
    const target = await engine.createOne(company, { name: 'Sleeping' }, 0);
    await engine.deleteOne(company, String(target.id), true);
    await rejects(() => engine.findOne(company, String(target.id), 0), 404, 'Record not found');
    const found = await engine.findMany({ object: company, filter: leaf('name', 'eq', 'Sleeping'), orderBy: [], limit: 10, depth: 0 });
    assert.equal(found.totalCount, 0);
    const withDeleted = await engine.findMany({
      object: company,
      filter: { type: 'and', children: [leaf('name', 'eq', 'Sleeping'), leaf('deletedAt', 'is', 'NOT_NULL')] },
      orderBy: [],
      limit: 10,
      depth: 0,
    });
    assert.equal(withDeleted.totalCount, 1);
  });
  test('delete many by filter answers the ids', async () => {
    const engine = engineFor(db);
    const created = await engine.createMany(opportunity, [{ name: 'zz-bulk' }, { name: 'zz-bulk' }], 0);
    const deleted = await engine.deleteMany(opportunity, leaf('name', 'eq', 'zz-bulk'), false);
    assert.deepEqual(
      deleted.map((entry) => entry.id),
      created.map((record) => String(record.id)).sort(),
    );
    assert.deepEqual(await serials(engine, 'opportunity', leaf('name', 'eq', 'zz-bulk')), []);
  });
});

describe('records', () => {
  test('depth 1 embeds many-to-one objects and one-to-many arrays', async () => {
    const acme = await engineFor(db).findOne(company, seedId(2, 1), 1);
    assert.equal((acme.accountOwner as { userEmail: string }).userEmail, 'phil@apple.dev');
    const people = acme.people as { id: string }[];
    assert.ok(people.some((entry) => entry.id === seedId(3, 1)));
    assert.ok((acme.opportunities as unknown[]).length >= 2);
  });
  test('number-as-string serialises NUMBER fields as strings', async () => {
    assert.equal((await engineFor(db).findOne(company, seedId(2, 1), 0)).employees, 100);
    assert.equal((await engineFor(db, 'number-as-string').findOne(company, seedId(2, 1), 0)).employees, '100');
  });
});
