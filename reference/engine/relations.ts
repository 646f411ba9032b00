// depth=1: each many-to-one relation embedded as an object, each one-to-many as
// an array (at most 60 per record, contract §5.6). Embedded records carry no
// relations of their own.
import type { ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import type { Queryable } from '../database/database.ts';
import { qualified, quoteIdent } from '../schema/identifiers.ts';
import { rowToRecord, selectColumns } from './record-json.ts';
import type { RecordJson } from './types.ts';

export const MAX_RECORDS_FROM_RELATION = 60;

export interface RelationLoader {
  db: Queryable;
  schema: string;
  objectNamed: (name: string) => ObjectDef;
  fault: ActiveFault;
}

export async function embedRelations(object: ObjectDef, records: RecordJson[], loader: RelationLoader): Promise<void> {
  // `depth-ignored`: depth=1 is read but no relation is ever loaded.
  if (records.length === 0 || loader.fault.is('depth-ignored')) return;
  for (const field of object.fields) {
    const relation = field.relation;
    if (field.kind !== 'RELATION' || !relation) continue;
    const target = loader.objectNamed(relation.target);
    const table = qualified(loader.schema, target.nameSingular);
    if (relation.type === 'MANY_TO_ONE' && relation.joinColumn) {
      const ids = [...new Set(records.map((record) => record[relation.joinColumn!]).filter((id): id is string => typeof id === 'string'))];
      const byId = new Map<string, RecordJson>();
      if (ids.length > 0) {
        const { rows } = await loader.db.query<Record<string, unknown>>(
          `SELECT ${selectColumns(target, 'r')} FROM ${table} AS "r" WHERE "r"."deletedAt" IS NULL AND "r"."id" IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)`,
          [JSON.stringify(ids)],
        );
        for (const row of rows) byId.set(row.id as string, rowToRecord(target, row, loader.fault));
      }
      for (const record of records) {
        const id = record[relation.joinColumn];
        record[field.name] = typeof id === 'string' ? (byId.get(id) ?? null) : null;
      }
      continue;
    }
    if (relation.type === 'ONE_TO_MANY' && relation.inverseField) {
      const inverse = target.fields.find((candidate) => candidate.name === relation.inverseField);
      const joinColumn = inverse?.relation?.joinColumn;
      if (!joinColumn) continue;
      const ids = records.map((record) => record.id as string);
      const byPosition = target.fields.some((candidate) => candidate.name === 'position') ? '"r"."position" ASC NULLS FIRST, ' : '';
      const { rows } = await loader.db.query<Record<string, unknown>>(
        `SELECT * FROM (SELECT ${selectColumns(target, 'r')}, row_number() OVER (PARTITION BY "r".${quoteIdent(joinColumn)} ORDER BY ${byPosition}"r"."id" ASC) AS "rank_in_parent" ` +
          `FROM ${table} AS "r" WHERE "r"."deletedAt" IS NULL AND "r".${quoteIdent(joinColumn)} IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)) AS "ranked" ` +
          `WHERE "rank_in_parent" <= ${MAX_RECORDS_FROM_RELATION} ORDER BY "rank_in_parent"`,
        [JSON.stringify(ids)],
      );
      const byParent = new Map<string, RecordJson[]>();
      for (const row of rows) {
        const parent = row[joinColumn] as string;
        const list = byParent.get(parent) ?? [];
        list.push(rowToRecord(target, row, loader.fault));
        byParent.set(parent, list);
      }
      for (const record of records) record[field.name] = byParent.get(record.id as string) ?? [];
    }
  }
}
