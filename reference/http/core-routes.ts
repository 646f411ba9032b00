// The record routes under /rest (contract §1.1), after authentication: path →
// object → query arguments → body → engine → envelope. Statuses are set here,
// as Twenty's controller sets them: 201 for creates, 200 otherwise.
import type { FilterNode } from '../../generators/filter/ast.ts';
import type { Datamodel, ObjectDef } from '../datamodel/types.ts';
import type { RecordEngine, RecordJson } from '../engine/types.ts';
import { RestApiError, badRequest, notFound } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { isValidUuid, parseCorePath, resolveObject } from './core-path.ts';
import {
  createManyEnvelope,
  createOneEnvelope,
  deleteManyEnvelope,
  deleteOneEnvelope,
  findManyEnvelope,
  findOneEnvelope,
  restoreManyEnvelope,
  restoreOneEnvelope,
  updateManyEnvelope,
  updateOneEnvelope,
} from './envelopes.ts';
import { LeakedInternalError } from './internal-errors.ts';
import { readDepth, readFilter, readListArgs, type ListLimits } from './list-args.ts';
import { readFields } from './fields-param.ts';
import { refuseOversizedBatch, refuseOversizedUpdate } from './batch-limits.ts';
import { handleOperation } from './operations-routes.ts';
import { projectRecords } from '../engine/projection.ts';
import { stringParam, type ParsedQuery } from './query-string.ts';
import { OPEN_GUARD, type WriteGuard } from '../realism/write-guard.ts';

export interface CoreContext {
  engine: RecordEngine;
  model: Datamodel;
  fault: ActiveFault;
  limits: ListLimits;
  /** Refuses writes as a real workspace does (object hooks, key permissions); absent → every write goes through. */
  guard?: WriteGuard;
}

export interface CoreRequest {
  method: string;
  pathname: string;
  query: ParsedQuery;
  readBody: () => Promise<unknown>;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const routeNotFound = (method: string, pathname: string) => notFound(`Cannot ${method} ${pathname}`);

/** `soft_delete` is true only for the exact string `true` (§1.1). */
const isSoftDelete = (query: ParsedQuery) => stringParam(query, 'soft_delete') === 'true';

/**
 * Under `bad-uuid-500` a malformed id reaches the database unchecked: whatever
 * fails then surfaces as a 500 carrying the database's message.
 */
async function withUncheckedId<T>(id: string, context: CoreContext, run: () => Promise<T>): Promise<T> {
  if (!context.fault.is('bad-uuid-500') || isValidUuid(id)) return run();
  try {
    return await run();
  } catch (error) {
    // A contract error (a 400 or 404 the engine chose) is replaced by what Postgres says about the id.
    const detail =
      error instanceof Error && !(error instanceof RestApiError) ? error.message : `invalid input syntax for type uuid: "${id}"`;
    throw new LeakedInternalError(detail);
  }
}

/** Every record: what a bulk delete reaches under `bulk-delete-without-filter`. */
const EVERY_RECORD: FilterNode = { type: 'leaf', path: ['id'], comparator: 'is', value: 'NOT_NULL' };

/** The faults of bulk writes that lose all but the first condition of a top-level and(…). */
function firstConditionFault(operation: string, fault: ActiveFault): boolean {
  if (operation === 'update') return fault.is('bulk-update-first-condition-only');
  if (operation === 'delete' || operation === 'destroy') return fault.is('bulk-delete-first-condition-only');
  return operation === 'restore' && fault.is('restore-many-restores-all-deleted');
}

function requireFilter(query: ParsedQuery, operation: string, context: CoreContext): FilterNode {
  const filter = readFilter(stringParam(query, 'filter'), context.fault);
  if (filter === undefined && (operation === 'delete' || operation === 'destroy') && context.fault.is('bulk-delete-without-filter')) return EVERY_RECORD;
  if (filter === undefined) throw badRequest(`Filters are mandatory for bulk ${operation} operations`);
  if (filter.type === 'and' && filter.children[0] && firstConditionFault(operation, context.fault)) {
    // Restore many must still reach deleted rows: the lost conditions include the one naming deletedAt.
    return filter.children[0];
  }
  return filter;
}

/** `depth` on create and update; under `depth-unchecked-on-writes` anything but 1 silently means 0. */
function writeDepth(query: ParsedQuery, fault: ActiveFault): 0 | 1 {
  if (fault.is('depth-unchecked-on-writes')) return stringParam(query, 'depth') === '1' ? 1 : 0;
  return readDepth(query);
}

/** `fields` on a write answer (contract §9 field-projection suite); ignored under `fields-ignored-on-writes`. */
function projectWritten(object: ObjectDef, records: RecordJson[], fields: string[] | undefined, context: CoreContext): RecordJson[] {
  if (context.fault.is('fields-ignored-on-writes')) return records;
  return projectRecords(object, records, fields, context.fault);
}

/** PATCH /rest/{plural}/{id}/restore and PATCH /rest/{plural}/restore?filter=… (era D, contract §1.1). */
async function restore(request: CoreRequest, objectSegment: string, id: string | undefined, context: CoreContext): Promise<Reply> {
  const object = resolveObject(context.model, objectSegment);
  const depth = readDepth(request.query);
  const fields = readFields(object, request.query, context.fault);
  const guard = context.guard ?? OPEN_GUARD;
  if (id === undefined) {
    const filter = requireFilter(request.query, 'restore', context);
    const restored = await guard({ object, operation: 'restore', many: true, bodies: [] }, () => context.engine.restoreMany(object, filter, depth));
    return { status: 200, body: restoreManyEnvelope(object, projectWritten(object, restored, fields, context)) };
  }
  const restored = await guard({ object, operation: 'restore', many: false, bodies: [] }, () => context.engine.restoreOne(object, id, depth));
  return { status: 200, body: restoreOneEnvelope(object, projectWritten(object, [restored], fields, context)[0]!) };
}

/** `upsert=true` (exact string, §1.1) turns a create into an update when the body names an existing id. */
async function upsertOne(object: ObjectDef, body: unknown, depth: 0 | 1, context: CoreContext): Promise<RecordJson> {
  const id = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as RecordJson)['id'] : undefined;
  if (typeof id === 'string' && isValidUuid(id) && !context.fault.is('upsert-always-inserts')) {
    const exists = await context.engine.findOne(object, id, 0).then(
      () => true,
      (error: unknown) => {
        if (error instanceof RestApiError && error.statusCode === 404) return false;
        throw error;
      },
    );
    if (exists) return context.engine.updateOne(object, id, body, depth);
  }
  return context.engine.createOne(object, body, depth);
}

/** Update many: the engine updates one record at a time, so walk the matches first. */
async function updateMany(object: ObjectDef, filter: FilterNode, body: unknown, depth: 0 | 1, context: CoreContext) {
  const ids: string[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const page = await context.engine.findMany({
      object,
      filter,
      orderBy: [{ path: ['id'], direction: 'AscNullsFirst' }],
      limit: context.limits.maxLimit,
      depth: 0,
      ...(startingAfter !== undefined ? { startingAfter } : {}),
    });
    ids.push(...page.records.map((record) => String(record['id'])));
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) break;
    startingAfter = page.pageInfo.endCursor;
  }
  refuseOversizedUpdate(ids.length, context.fault);
  const updated: RecordJson[] = [];
  for (const id of ids) updated.push(await context.engine.updateOne(object, id, body, depth));
  return updated;
}

export async function handleCoreRequest(request: CoreRequest, context: CoreContext): Promise<Reply> {
  const { method, pathname, query } = request;
  const path = parseCorePath(pathname, { validateId: !context.fault.is('bad-uuid-500') });
  if (path.action === 'restore' && (method === 'PATCH' || method === 'PUT')) return restore(request, path.objectSegment, path.id, context);
  if (path.action !== undefined) {
    const reply = path.id === undefined ? await handleOperation(request, path.objectSegment, path.action, context) : undefined;
    if (reply) return reply;
    throw routeNotFound(method, pathname);
  }
  const object = resolveObject(context.model, path.objectSegment);
  const { engine, fault } = context;
  const guard = context.guard ?? OPEN_GUARD;
  const id = path.id;

  switch (method) {
    case 'GET': {
      if (id === undefined) {
        const args = readListArgs(object, query, context.limits, fault);
        const fields = readFields(object, query, fault);
        const result = await engine.findMany({ object, ...args, ...(fields !== undefined ? { fields } : {}) });
        return { status: 200, body: findManyEnvelope(object, result, fault) };
      }
      const depth = readDepth(query);
      const fields = readFields(object, query, fault);
      const record = await withUncheckedId(id, context, () => engine.findOne(object, id, depth, fields));
      return { status: 200, body: findOneEnvelope(object, record, fault) };
    }
    case 'POST': {
      if (id !== undefined) throw routeNotFound(method, pathname);
      const depth = writeDepth(query, fault);
      const fields = readFields(object, query, fault);
      const body = await request.readBody();
      const upsert = stringParam(query, 'upsert') === 'true';
      // `create-answers-200`: the controller's @HttpCode(201) is missing, so Nest's default 200 goes out.
      const created = fault.is('create-answers-200') ? 200 : 201;
      if (path.batch) {
        refuseOversizedBatch(body, fault);
        const attempt = { object, operation: 'create', many: true, bodies: Array.isArray(body) ? body : [] } as const;
        if (!upsert || !Array.isArray(body)) {
          const records = await guard(attempt, () => engine.createMany(object, body, depth));
          return { status: created, body: createManyEnvelope(object, projectWritten(object, records, fields, context)) };
        }
        // Upserts go one by one: each item is either an update or a create.
        const records = await guard(attempt, async () => {
          const upserted: RecordJson[] = [];
          for (const item of body) upserted.push(await upsertOne(object, item, depth, context));
          return upserted;
        });
        return { status: created, body: createManyEnvelope(object, projectWritten(object, records, fields, context)) };
      }
      const record = await guard({ object, operation: 'create', many: false, bodies: [body] }, () =>
        upsert ? upsertOne(object, body, depth, context) : engine.createOne(object, body, depth),
      );
      return { status: created, body: createOneEnvelope(object, projectWritten(object, [record], fields, context)[0]!) };
    }
    case 'PATCH':
    case 'PUT': {
      const depth = writeDepth(query, fault);
      const fields = readFields(object, query, fault);
      if (id === undefined) {
        const filter = requireFilter(query, 'update', context);
        const body = await request.readBody();
        const updated = await guard({ object, operation: 'update', many: true, bodies: [body] }, () => updateMany(object, filter, body, depth, context));
        return { status: 200, body: updateManyEnvelope(object, projectWritten(object, updated, fields, context)) };
      }
      const body = await request.readBody();
      const record = await withUncheckedId(id, context, () =>
        guard({ object, operation: 'update', many: false, bodies: [body] }, () => engine.updateOne(object, id, body, depth)),
      );
      return { status: 200, body: updateOneEnvelope(object, projectWritten(object, [record], fields, context)[0]!) };
    }
    case 'DELETE': {
      const soft = isSoftDelete(query);
      if (id === undefined) {
        const filter = requireFilter(query, soft ? 'delete' : 'destroy', context);
        const deleted = await guard({ object, operation: soft ? 'delete' : 'destroy', many: true, bodies: [] }, () => engine.deleteMany(object, filter, soft));
        return { status: 200, body: deleteManyEnvelope(object, deleted) };
      }
      const deleted = await withUncheckedId(id, context, () =>
        guard({ object, operation: soft ? 'delete' : 'destroy', many: false, bodies: [] }, () => engine.deleteOne(object, id, soft)),
      );
      return { status: 200, body: deleteOneEnvelope(object, deleted) };
    }
    default:
      throw routeNotFound(method, pathname);
  }
}
