// The external-PostgreSQL path (--database-url). Runs only when
// TWENTY_CONFORMANCE_TEST_DATABASE_URL names a database it may create schemas in;
// otherwise it is skipped, since no server is guaranteed on a developer machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { ActiveFault } from '../faults/catalogue.ts';
import { createEngine } from '../engine/engine.ts';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { openReferenceDatabase } from './open-reference-database.ts';

const url = process.env.TWENTY_CONFORMANCE_TEST_DATABASE_URL;

test('external PostgreSQL: own schema, same answers as PGlite, schema dropped on close', { skip: !url && 'TWENTY_CONFORMANCE_TEST_DATABASE_URL not set' }, async () => {
  const [first, second] = await Promise.all([openReferenceDatabase({ databaseUrl: url! }), openReferenceDatabase({ databaseUrl: url! })]);
  assert.equal(first.source, 'external');
  assert.notEqual(first.database.schema, second.database.schema);
  const local = await openReferenceDatabase({});
  try {
    const engines = [first, local].map((opened) => createEngine(opened.database, STANDARD_DATAMODEL, { maxLimit: 200, fault: new ActiveFault(null) }));
    const company = STANDARD_DATAMODEL.objects.find((object) => object.nameSingular === 'company')!;
    const answers = await Promise.all(
      engines.map((engine) =>
        engine.findMany({
          object: company,
          filter: { type: 'leaf', path: ['name'], comparator: 'ilike', value: '%a%' },
          orderBy: [{ path: ['employees'], direction: 'DescNullsFirst' }],
          limit: 7,
          depth: 1,
        }),
      ),
    );
    assert.deepEqual(answers[0], answers[1]);
    // Concurrent transactions on the one connection take turns; a failed one rolls back.
    const results = await Promise.allSettled([
      engines[0]!.createMany(company, [{ name: 'p1' }, { name: 'p2', tier: 'NOPE' }], 0),
      engines[0]!.createOne(company, { name: 'p3' }, 0),
    ]);
    assert.deepEqual(results.map((result) => result.status), ['rejected', 'fulfilled']);
    const after = await engines[0]!.findMany({ object: company, filter: { type: 'leaf', path: ['name'], comparator: 'in', value: ['p1', 'p2', 'p3'] }, orderBy: [], limit: 10, depth: 0 });
    assert.deepEqual(after.records.map((record) => record.name), ['p3']);
  } finally {
    await Promise.all([first.database.close(), second.database.close(), local.database.close()]);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)', [[first.database.schema, second.database.schema]]);
    assert.deepEqual(rows, []);
  } finally {
    await client.end();
  }
});
