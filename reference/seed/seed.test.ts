// The DDL applies and the seed loads: counts, column types as Twenty lays them
// out, enum option order, and the variety the suite relies on (NULLs, "", ties).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEFAULT_WORKSPACE_SCHEMA, type Database } from '../database/database.ts';
import { openReferenceDatabase, setupStatements } from '../database/open-reference-database.ts';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { parseReferenceArgs } from '../cli-args.ts';
import { SEED_DATASET } from './dataset.ts';

let db: Database;
before(async () => {
  db = (await openReferenceDatabase({})).database;
});
after(async () => {
  await db.close();
});

test('seed counts per table', async () => {
  const { rows } = await db.query<{ table_name: string; n: number }>(
    `SELECT 'workspaceMember' AS table_name, count(*)::int AS n FROM "${DEFAULT_WORKSPACE_SCHEMA}"."workspaceMember"
     UNION ALL SELECT 'company', count(*)::int FROM "${DEFAULT_WORKSPACE_SCHEMA}"."company"
     UNION ALL SELECT 'person', count(*)::int FROM "${DEFAULT_WORKSPACE_SCHEMA}"."person"
     UNION ALL SELECT 'opportunity', count(*)::int FROM "${DEFAULT_WORKSPACE_SCHEMA}"."opportunity"`,
  );
  assert.deepEqual(Object.fromEntries(rows.map((row) => [row.table_name, row.n])), { workspaceMember: 5, company: 20, person: 80, opportunity: 15 });
});

test('columns follow Twenty layout and types', async () => {
  const { rows } = await db.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = $1`,
    [DEFAULT_WORKSPACE_SCHEMA],
  );
  const column = (table: string, name: string) => rows.find((row) => row.table_name === table && row.column_name === name);
  assert.equal(column('company', 'employees')?.data_type, 'integer');
  assert.equal(column('company', 'healthScore')?.data_type, 'double precision');
  assert.equal(column('company', 'position')?.data_type, 'double precision');
  assert.equal(column('company', 'annualRecurringRevenueAmountMicros')?.data_type, 'numeric');
  assert.equal(column('company', 'domainNamePrimaryLinkUrl')?.data_type, 'text');
  assert.equal(column('company', 'foundedOn')?.data_type, 'date');
  assert.equal(column('company', 'createdAt')?.data_type, 'timestamp with time zone');
  assert.equal(column('company', 'tags')?.udt_name, '_text');
  assert.equal(column('company', 'extraData')?.data_type, 'jsonb');
  assert.equal(column('company', 'industries')?.udt_name, '_company_industries_enum');
  assert.equal(column('company', 'createdBySource')?.udt_name, 'company_createdBySource_enum');
  assert.equal(column('person', 'emailsAdditionalEmails')?.data_type, 'jsonb');
  assert.equal(column('person', 'companyId')?.data_type, 'uuid');
  assert.equal(column('person', 'jobTitle')?.is_nullable, 'NO');
  assert.equal(column('company', 'name')?.is_nullable, 'YES');
  assert.equal(column('company', 'people'), undefined, 'one-to-many relations have no column');
});

test('enums keep declared option order', async () => {
  const { rows } = await db.query<{ labels: string[] }>(
    `SELECT enum_range(NULL::"${DEFAULT_WORKSPACE_SCHEMA}"."opportunity_stage_enum")::text[] AS labels`,
  );
  assert.deepEqual(rows[0]!.labels, ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER']);
});

test('the dataset has the edges the suite probes', () => {
  const names = SEED_DATASET.company.map((record) => record.name);
  assert.ok(names.includes(null) && names.includes(''));
  assert.ok(['Acme', 'acme', 'ACME'].every((name) => names.includes(name)));
  assert.ok(names.some((name) => typeof name === 'string' && name.includes('%')));
  assert.ok(names.some((name) => typeof name === 'string' && name.includes('_')));
  const cities = SEED_DATASET.person.map((record) => record.city);
  assert.ok(cities.filter((city) => city === 'Paris').length >= 3, 'ties in city');
  assert.ok(SEED_DATASET.company.some((record) => Array.isArray(record.industries) && record.industries.length === 0));
  assert.ok(SEED_DATASET.company.every((record) => (record.createdBy as { source: string }).source === 'MANUAL'));
});

test('DDL and seed apply from scratch (into a second schema of the same database)', async () => {
  const statements = setupStatements(STANDARD_DATAMODEL, 'workspace_ddltest', SEED_DATASET);
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.query(statement.sql, statement.params ?? []);
  });
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "workspace_ddltest"."person" WHERE "deletedAt" IS NULL');
  // 80 people, #30 soft-deleted: more visible than the largest page (60), so clamping is observable.
  assert.equal(rows[0]!.n, 79);
  // Foreign keys exist and clear the reference on delete.
  await db.query(`DELETE FROM "workspace_ddltest"."company" WHERE "id" = $1::uuid`, ['20202020-0002-4000-8000-000000000001']);
  const orphans = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "workspace_ddltest"."person" WHERE "companyId" IS NULL`,
  );
  // 11 people had no company, 5 lost company 1 (#1, #20, #38, #57, #76).
  assert.equal(orphans.rows[0]!.n, 16);
  await db.exec('DROP SCHEMA "workspace_ddltest" CASCADE');
});

test('the served seed for the default maximum: people outnumber the largest page, so a limit above it must be clamped to be right', async () => {
  const parsed = parseReferenceArgs([]);
  assert.ok(parsed.ok);
  const { seedFor } = await import('./seed-volume.ts');
  const served = seedFor(parsed.options.maxLimit).person;
  const servedVisible = served.filter((record) => record.deletedAt === null);
  assert.ok(servedVisible.length > parsed.options.maxLimit, `${servedVisible.length} visible people vs max limit ${parsed.options.maxLimit}`);
  assert.equal(served.length - servedVisible.length, 1, 'exactly one soft-deleted person in the served seed');
  const visiblePeople = SEED_DATASET.person.filter((record) => record.deletedAt === null);
  assert.equal(SEED_DATASET.person.length - visiblePeople.length, 1, 'exactly one soft-deleted person');
  assert.ok(SEED_DATASET.person.some((record) => record.companyId === null && record.deletedAt === null));
  assert.equal(new Set(SEED_DATASET.person.map((record) => record.id)).size, SEED_DATASET.person.length, 'ids are unique');
});

test('the setup is deterministic', () => {
  const once = JSON.stringify(setupStatements(STANDARD_DATAMODEL, 'ws', SEED_DATASET));
  const twice = JSON.stringify(setupStatements(STANDARD_DATAMODEL, 'ws', SEED_DATASET));
  assert.equal(once, twice);
  assert.ok(!/Acme renewal/.test(setupStatements(STANDARD_DATAMODEL, 'ws', SEED_DATASET).map((s) => s.sql).join('\n')), 'seed values are parameters, not SQL text');
});

test('the served seed has more visible people than the maximum page, whatever the maximum', async () => {
  const { personCountFor, seedFor } = await import('./seed-volume.ts');
  assert.equal(personCountFor(60), 80);
  assert.equal(personCountFor(200), 220);
  for (const maxLimit of [60, 200, 500]) {
    const people = seedFor(maxLimit).person;
    const visible = people.filter((record) => record.deletedAt === null).length;
    assert.ok(visible > maxLimit, `${visible} visible people for a maximum of ${maxLimit}`);
    assert.equal(new Set(people.map((record) => record.id)).size, people.length);
  }
  // The first 80 are the standard seed's, unchanged.
  const { SEED_DATASET } = await import('./dataset.ts');
  assert.deepEqual(seedFor(200).person.slice(0, 80), SEED_DATASET.person);
});
