// The storage boundary: just enough of a SQL connection for the engine. Both
// implementations serialise work on one connection, so a transaction never
// interleaves with another request's statements.

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** The Postgres schema holding the workspace tables (never in search_path: every name is qualified). */
  readonly schema: string;
  /** Runs fn inside BEGIN/COMMIT on one connection; a throw rolls everything back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The schema name of the embedded workspace, in Twenty's workspace_<id> style. */
export const DEFAULT_WORKSPACE_SCHEMA = 'workspace_1wgvd1injqtife6y4rvfbu3h5';

/** One setup statement (DDL or a seed insert); seed values travel as parameters. */
export interface SetupStatement {
  sql: string;
  params?: unknown[];
}

export async function runSetup(target: Queryable, statements: readonly SetupStatement[]): Promise<void> {
  for (const statement of statements) {
    if (statement.params && statement.params.length > 0) await target.query(statement.sql, statement.params);
    else await target.exec(statement.sql);
  }
}
