// The seed as parameterised INSERT statements, through the same body → column
// mapping the engine's writes use, so seeded rows look like API-created ones.
import type { Datamodel } from '../datamodel/types.ts';
import type { SetupStatement } from '../database/database.ts';
import { bodyToColumnValues } from '../engine/record-input.ts';
import { castParam, toParam } from '../schema/column-sql.ts';
import { qualified, quoteIdent } from '../schema/identifiers.ts';
import type { SeedDataset, SeedRecord } from './dataset.ts';

export function insertStatement(schema: string, objectName: string, model: Datamodel, record: SeedRecord): SetupStatement {
  const object = model.objects.find((candidate) => candidate.nameSingular === objectName);
  if (!object) throw new Error(`Seed names unknown object ${objectName}`);
  const values = bodyToColumnValues(object, record, 'create');
  const columns = values.map(({ column }) => quoteIdent(column.name));
  const placeholders = values.map(({ column }, index) => castParam(column, schema, `$${index + 1}`));
  return {
    sql: `INSERT INTO ${qualified(schema, object.nameSingular)} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`,
    params: values.map(({ column, value }) => toParam(column, value)),
  };
}

/** Records per object, in an insert order that respects foreign keys (a generated seed). */
export type SeedTables = readonly { object: string; records: readonly SeedRecord[] }[];

export function buildSeedStatements(model: Datamodel, schema: string, dataset: SeedDataset | SeedTables): SetupStatement[] {
  const tables: SeedTables = Array.isArray(dataset) ? dataset : standardTables(dataset as SeedDataset);
  return tables.flatMap(({ object, records }) => records.map((record) => insertStatement(schema, object, model, record)));
}

function standardTables(dataset: SeedDataset): SeedTables {
  const order: (keyof SeedDataset)[] = ['workspaceMember', 'company', 'person', 'opportunity'];
  return order.map((object) => ({ object, records: dataset[object] }));
}
