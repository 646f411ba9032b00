// The reference's RecordEngine: every operation in one transaction on the
// workspace schema, Postgres errors translated to Twenty's answers.
import type { Database, Queryable } from '../database/database.ts';
import type { Datamodel, ObjectDef } from '../datamodel/types.ts';
import { RestApiError, notFound } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import type { FilterNode } from '../../generators/filter/ast.ts';
import { translatingDatabaseErrors } from './database-errors.ts';
import { findMany } from './find-many.ts';
import { QueryContext } from './query-context.ts';
import { rowToRecord, selectColumns } from './record-json.ts';
import { projectRecords } from './projection.ts';
import { embedRelations } from './relations.ts';
import type { FindManyArgs, FindManyResult, RecordEngine, RecordJson } from './types.ts';
import { groupBy, type GroupByArgs } from './group-by.ts';
import { mergeRecords, type MergeArgs } from './merge.ts';
import { checkBatchBody, deleteRecord, deleteRecords, insertRecord, restoreRecord, restoreRecords, updateRecord } from './writes.ts';

/**
 * `create-answers-input`: the create answer is the entity the application built
 * (its own clock for the timestamps, nothing for the fields the database filled),
 * not the row read back; only its id comes from the insert.
 */
function entityAsSent(object: ObjectDef, stored: RecordJson, body: unknown, receivedAt: string): RecordJson {
  const sent = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as RecordJson) : {};
  const entity: RecordJson = { ...stored };
  for (const field of object.fields) {
    if (field.name === 'createdAt' || field.name === 'updatedAt') entity[field.name] = receivedAt;
    else if (field.name !== 'id' && field.name !== 'deletedAt' && field.kind !== 'RELATION' && !(field.name in sent) && field.name in entity) entity[field.name] = null;
  }
  return entity;
}

export interface EngineOptions {
  /** The largest page the HTTP layer may ask for (it clamps; the engine trusts it). */
  maxLimit: number;
  fault: ActiveFault;
}

export function createEngine(db: Database, model: Datamodel, opts: EngineOptions): RecordEngine {
  const context = (object: ObjectDef) => new QueryContext(model, object, db.schema, opts.fault);
  const objectNamed = (name: string) => {
    const found = model.objects.find((object) => object.nameSingular === name);
    if (!found) throw new Error(`Datamodel has no object ${name}`);
    return found;
  };
  const run = <T>(work: (tx: Queryable) => Promise<T>) => translatingDatabaseErrors(() => db.transaction(work), opts.fault);
  const withRelations = async (tx: Queryable, object: ObjectDef, records: RecordJson[], depth: 0 | 1) => {
    if (depth === 1) await embedRelations(object, records, { db: tx, schema: db.schema, objectNamed, fault: opts.fault });
    return records;
  };
  const readById = async (tx: Queryable, object: ObjectDef, id: string, includeDeleted: boolean): Promise<RecordJson> => {
    const ctx = context(object);
    const { rows } = await tx.query<Record<string, unknown>>(
      `SELECT ${selectColumns(object, ctx.alias)} FROM ${ctx.table()} AS "t" WHERE "t"."id" = $1::uuid${includeDeleted ? '' : ' AND "t"."deletedAt" IS NULL'}`,
      [id],
    );
    if (!rows[0]) throw notFound();
    return rowToRecord(object, rows[0], opts.fault);
  };

  return {
    database: db,
    findMany: (args: FindManyArgs): Promise<FindManyResult> =>
      run(async (tx) => {
        const { result } = await findMany(tx, context(args.object), args);
        await withRelations(tx, args.object, result.records, args.depth);
        return { ...result, records: projectRecords(args.object, result.records, args.fields, opts.fault) };
      }),

    findOne: (object, id, depth, fields) =>
      run(async (tx) => {
        // `find-one-missing-answers-null`: a repository lookup that yields null instead of throwing 404.
        const record = await readById(tx, object, id, false).catch((error: unknown) => {
          if (opts.fault.is('find-one-missing-answers-null') && error instanceof RestApiError && error.statusCode === 404) return null;
          throw error;
        });
        if (record === null) return null as unknown as RecordJson;
        await withRelations(tx, object, [record], depth);
        return projectRecords(object, [record], fields, opts.fault)[0]!;
      }),

    createOne: (object, body, depth) => {
      // The application's clock when the request came in (the database stamps its own).
      const receivedAt = new Date().toISOString();
      return run(async (tx) => {
        const id = await insertRecord(tx, context(object), body);
        const stored = await readById(tx, object, id, true);
        const record = opts.fault.is('create-answers-input') ? entityAsSent(object, stored, body, receivedAt) : stored;
        await withRelations(tx, object, [record], depth);
        return record;
      });
    },

    createMany: (object, body, depth) => {
      // Under `batch-create-partial-on-error` each item commits on its own: a failing item leaves the earlier ones written.
      if (opts.fault.is('batch-create-partial-on-error')) {
        return translatingDatabaseErrors(async () => {
          const records: RecordJson[] = [];
          for (const item of checkBatchBody(body)) {
            records.push(await run(async (tx) => readById(tx, object, await insertRecord(tx, context(object), item), true)));
          }
          return run((tx) => withRelations(tx, object, records, depth));
        });
      }
      return run(async (tx) => {
        const items = checkBatchBody(body);
        const records: RecordJson[] = [];
        // Sequential on purpose: one connection, input order kept in the answer.
        for (const item of items) {
          const id = await insertRecord(tx, context(object), item);
          records.push(await readById(tx, object, id, true));
        }
        return withRelations(tx, object, records, depth);
      });
    },

    updateOne: (object, id, body, depth) =>
      run(async (tx) => {
        // `patch-answers-stale-record`: the entity loaded before the update is the one answered.
        const loaded = opts.fault.is('patch-answers-stale-record') ? await readById(tx, object, id, false) : null;
        await updateRecord(tx, context(object), id, body);
        const record = loaded ?? (await readById(tx, object, id, false));
        await withRelations(tx, object, [record], depth);
        return record;
      }),

    deleteOne: (object, id, soft) => run((tx) => deleteRecord(tx, context(object), id, soft)),

    deleteMany: (object, filter: FilterNode, soft) => run((tx) => deleteRecords(tx, context(object), filter, soft)),

    restoreOne: (object, id, depth) =>
      run(async (tx) => {
        const record = await readById(tx, object, await restoreRecord(tx, context(object), id), true);
        return (await withRelations(tx, object, [record], depth))[0]!;
      }),

    restoreMany: (object, filter: FilterNode, depth) =>
      run(async (tx) => {
        const records: RecordJson[] = [];
        for (const id of await restoreRecords(tx, context(object), filter)) records.push(await readById(tx, object, id, true));
        return withRelations(tx, object, records, depth);
      }),

    groupBy: (object, args: GroupByArgs) => run((tx) => groupBy(tx, context(object), args)),

    mergeMany: (object, args: MergeArgs, depth) =>
      run(async (tx) => {
        const record = await mergeRecords(tx, context(object), args, { read: (id) => readById(tx, object, id, false) });
        return (await withRelations(tx, object, [record], depth))[0]!;
      }),

    close: () => db.close(),
  };
}
