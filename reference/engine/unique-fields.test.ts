// isUnique fields on the real embedded Postgres: Twenty's unique indexes
// (company.domainName, person.emails, workspaceMember.userEmail), canonicalised
// values colliding, Twenty's duplicate answer, batches all-or-nothing, "" stored
// as NULL, soft-deleted rows holding their values unless the indexes are partial.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../database/database.ts';
import { DEFAULT_WORKSPACE_SCHEMA } from '../database/database.ts';
import { openReferenceDatabase } from '../database/open-reference-database.ts';
import { RestApiError } from '../errors.ts';
import { engineFor, model, objectNamed } from '../../testing/reference/engine/engine-fixture.ts';

const person = objectNamed('person');
const company = objectNamed('company');

const DUPLICATE = { statusCode: 400, errorName: 'BadRequestException', message: 'A duplicate entry was detected' };

async function refusedAsDuplicate(run: () => Promise<unknown>) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof RestApiError, String(error));
    assert.deepEqual({ statusCode: error.statusCode, errorName: error.errorName, message: error.message }, DUPLICATE);
    return true;
  });
}

async function openEmpty(uniqueIndexes: 'full' | 'partial' | 'none'): Promise<Database> {
  return (await openReferenceDatabase({ model, seed: false, uniqueIndexes })).database;
}

const count = async (db: Database, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${DEFAULT_WORKSPACE_SCHEMA}"."${table}"`)).rows[0]!.n;

describe('full unique indexes (default, Twenty before 2.40)', () => {
  let db: Database;
  before(async () => {
    db = await openEmpty('full');
  });
  after(async () => {
    await db.close();
  });

  test('the indexes are real unique indexes on the unique columns', async () => {
    const { rows } = await db.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE 'IDX_UNIQUE_%' ORDER BY indexname`,
      [DEFAULT_WORKSPACE_SCHEMA],
    );
    assert.deepEqual(rows.map((row) => row.indexname), ['IDX_UNIQUE_company_domainNamePrimaryLinkUrl', 'IDX_UNIQUE_person_emailsPrimaryEmail', 'IDX_UNIQUE_workspaceMember_userEmail']);
    assert.ok(rows.every((row) => row.indexdef.startsWith('CREATE UNIQUE INDEX') && !row.indexdef.includes('WHERE')));
  });

  test('an e-mail differing only in case is a duplicate once canonicalised (lower-cased)', async () => {
    const engine = engineFor(db);
    const created = await engine.createOne(person, { emails: { primaryEmail: 'Ada.Unique@Example.DEV' } }, 0);
    assert.deepEqual(created['emails'], { primaryEmail: 'ada.unique@example.dev', additionalEmails: null });
    await refusedAsDuplicate(() => engine.createOne(person, { emails: { primaryEmail: 'ada.unique@example.dev' } }, 0));
  });

  test('a URL differing in origin case or a trailing slash is a duplicate', async () => {
    const engine = engineFor(db);
    await engine.createOne(company, { name: 'Dup', domainName: { primaryLinkUrl: 'https://Dup.Example.com/' } }, 0);
    await refusedAsDuplicate(() => engine.createOne(company, { name: 'Dup again', domainName: { primaryLinkUrl: 'https://dup.example.com' } }, 0));
  });

  test('one duplicate inside a batch refuses the whole batch', async () => {
    const before = await count(db, 'person');
    await refusedAsDuplicate(() =>
      engineFor(db).createMany(person, [{ emails: { primaryEmail: 'batch.one@example.dev' } }, { emails: { primaryEmail: 'batch.two@example.dev' } }, { emails: { primaryEmail: 'BATCH.ONE@example.dev' } }], 0),
    );
    assert.equal(await count(db, 'person'), before);
  });

  test('an update onto a value another record holds is a duplicate', async () => {
    const engine = engineFor(db);
    const other = await engine.createOne(person, { emails: { primaryEmail: 'update.target@example.dev' } }, 0);
    await refusedAsDuplicate(() => engine.updateOne(person, String(other['id']), { emails: { primaryEmail: 'ada.unique@example.dev' } }, 0));
  });

  test('"" and missing values are stored as NULL and never collide', async () => {
    const engine = engineFor(db);
    const created = await engine.createMany(person, [{ emails: { primaryEmail: '' } }, { emails: { primaryEmail: '' } }, {}, {}], 0);
    assert.deepEqual(created.map((record) => (record['emails'] as { primaryEmail: unknown }).primaryEmail), [null, null, null, null]);
  });

  test('a soft-deleted record keeps its unique value', async () => {
    const engine = engineFor(db);
    const held = await engine.createOne(person, { emails: { primaryEmail: 'soft.held@example.dev' } }, 0);
    await engine.deleteOne(person, String(held['id']), true);
    await refusedAsDuplicate(() => engine.createOne(person, { emails: { primaryEmail: 'soft.held@example.dev' } }, 0));
  });

  test('a duplicate primary key is still "Record already exists"', async () => {
    const engine = engineFor(db);
    const created = await engine.createOne(person, {}, 0);
    await assert.rejects(() => engine.createOne(person, { id: created['id'] }, 0), /Record already exists/);
  });
});

describe('partial unique indexes (--partial-unique-indexes, Twenty 2.40+)', () => {
  let db: Database;
  before(async () => {
    db = await openEmpty('partial');
  });
  after(async () => {
    await db.close();
  });

  test('a soft-deleted record frees its value; a live one does not', async () => {
    const engine = engineFor(db);
    const held = await engine.createOne(person, { emails: { primaryEmail: 'freed@example.dev' } }, 0);
    await engine.deleteOne(person, String(held['id']), true);
    const again = await engine.createOne(person, { emails: { primaryEmail: 'freed@example.dev' } }, 0);
    assert.equal((again['emails'] as { primaryEmail: string }).primaryEmail, 'freed@example.dev');
    await refusedAsDuplicate(() => engine.createOne(person, { emails: { primaryEmail: 'FREED@example.dev' } }, 0));
  });
});
