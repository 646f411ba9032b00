// External PostgreSQL via `pg`, for --database-url. The workspace lives in its own
// freshly named schema so nothing else in that database is touched, and the
// schema is dropped on close.
import pg from 'pg';
import { runSetup, type Database, type Queryable, type SetupStatement } from './database.ts';
import { SerialQueue } from './serial-queue.ts';
import { quoteIdent } from '../schema/identifiers.ts';

export interface PgSetup {
  url: string;
  schema: string;
  setupSql: readonly SetupStatement[];
}

export async function openPgDatabase(setup: PgSetup): Promise<Database> {
  const client = new pg.Client({ connectionString: setup.url });
  await client.connect();
  const queue = new SerialQueue();
  const direct: Queryable = {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
  await direct.exec("SET TIME ZONE 'UTC'");
  try {
    await direct.exec('BEGIN');
    await runSetup(direct, setup.setupSql);
    await direct.exec('COMMIT');
  } catch (error) {
    await direct.exec('ROLLBACK').catch(() => undefined);
    await client.end();
    throw error;
  }
  let closed = false;
  return {
    schema: setup.schema,
    query: (sql, params) => queue.run(() => direct.query(sql, params)),
    exec: (sql) => queue.run(() => direct.exec(sql)),
    transaction: (fn) =>
      queue.run(async () => {
        await direct.exec('BEGIN');
        try {
          const result = await fn(direct);
          await direct.exec('COMMIT');
          return result;
        } catch (error) {
          await direct.exec('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }),
    close: () =>
      queue.run(async () => {
        if (closed) return;
        closed = true;
        try {
          await direct.exec(`DROP SCHEMA IF EXISTS ${quoteIdent(setup.schema)} CASCADE`);
        } finally {
          await client.end();
        }
      }),
  };
}
