// The collection actions of era D (contract §1.1): GET /rest/{plural}/groupBy,
// POST /rest/{plural}/duplicates and PATCH /rest/{plural}/merge. Query strings and
// bodies are read with Twenty's parameter names and 400 texts; the work is SQL in
// the engine (engine/group-by.ts, engine/merge.ts) or the engine's find-many.
import type { FilterNode, FilterLeaf } from '../../generators/filter/ast.ts';
import { parseOrderBy } from '../../generators/order/grammar.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import { aggregateNamed, groupDimension, type Group, type GroupDimension } from '../engine/group-by.ts';
import { readMergeArgs } from '../engine/merge.ts';
import type { RecordJson } from '../engine/types.ts';
import { badRequest, RestApiError } from '../errors.ts';
import { capitalize } from './envelopes.ts';
import { readDepth, readFilter } from './list-args.ts';
import { readLimit } from './query-params.ts';
import { stringParam, type ParsedQuery } from './query-string.ts';
import type { CoreContext, CoreRequest, Reply } from './core-routes.ts';
import { resolveObject } from './core-path.ts';

const GROUP_BY_TEXT = `Invalid group_by query parameter - should be a valid array of objects - ex: [{"firstField": true}, {"secondField": {"subField": true}}, {"dateField": {"granularity": 'DAY'}}]`;
const AGGREGATE_TEXT = `Invalid aggregate query parameter - should be a valid array of string - ex: ["countNotEmptyId", "countEmptyField"]`;

/** Groups answered when `limit` is absent, and the most a request may ask for. */
export const GROUP_LIMITS = { defaultLimit: 50, maxLimit: 200 };
/** Records of each group when include_records_sample=true. */
export const RECORDS_SAMPLE_SIZE = 10;

function jsonParam(query: ParsedQuery, name: string, text: string, required: boolean): unknown {
  const raw = query[name];
  if (raw === undefined && !required) return undefined;
  if (typeof raw !== 'string') throw badRequest(text);
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(text);
  }
}

/** The filter that selects one group's rows: the request's filter and each dimension's value. */
function groupFilter(filter: FilterNode | undefined, dimensions: GroupDimension[], group: Group): FilterNode {
  const leaves: FilterLeaf[] = dimensions.map((dimension, index) => {
    const value = group.groupByDimensionValues[index];
    return value === null || value === undefined
      ? { type: 'leaf', path: dimension.path, comparator: 'is', value: 'NULL' }
      : { type: 'leaf', path: dimension.path, comparator: 'eq', value: String(value) };
  });
  return { type: 'and', children: [...(filter ? [filter] : []), ...leaves] };
}

async function groupByRoute(object: ObjectDef, query: ParsedQuery, context: CoreContext): Promise<Reply> {
  const groupSpec = jsonParam(query, 'group_by', GROUP_BY_TEXT, true);
  if (!Array.isArray(groupSpec)) throw badRequest(GROUP_BY_TEXT);
  const aggregateSpec = jsonParam(query, 'aggregate', AGGREGATE_TEXT, false) ?? [];
  if (!Array.isArray(aggregateSpec)) throw badRequest(AGGREGATE_TEXT);
  const filter = readFilter(stringParam(query, 'filter'), context.fault);
  const limit = readLimit(query['limit'], GROUP_LIMITS);
  const withRecords = stringParam(query, 'include_records_sample') === 'true';
  const orderForRecords = parseOrderBy(query['order_by_for_records'], { defaultDirection: 'AscNullsFirst' });
  const dimensions = groupSpec.map((item) => groupDimension(object, item));
  const aggregates = aggregateSpec.map((name) => aggregateNamed(object, name));
  const groups = await context.engine.groupBy(object, { ...(filter ? { filter } : {}), dimensions, aggregates, limit });
  if (withRecords) {
    for (const group of groups) {
      const page = await context.engine.findMany({ object, filter: groupFilter(filter, dimensions, group), orderBy: orderForRecords, limit: RECORDS_SAMPLE_SIZE, depth: 0 });
      group['records'] = page.records;
    }
  }
  return { status: 200, body: groups };
}

/** Twenty's duplicate criteria of the standard objects (column groups that must all be equal and non-empty). */
export const DUPLICATE_CRITERIA: Record<string, readonly (readonly string[][])[]> = {
  person: [[['name', 'firstName'], ['name', 'lastName']], [['linkedinLink', 'primaryLinkUrl']], [['emails', 'primaryEmail']]],
  company: [[['name']], [['domainName', 'primaryLinkUrl']]],
};

const valueAt = (record: RecordJson, path: readonly string[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as RecordJson)[key] : undefined), record);

/** The filter for the duplicates of one record: any criterion whose values are all set, the record itself left out. */
export function duplicatesFilter(object: ObjectDef, record: RecordJson): FilterNode | undefined {
  const criteria = DUPLICATE_CRITERIA[object.nameSingular] ?? [];
  const alternatives: FilterNode[] = [];
  for (const criterion of criteria) {
    const values = criterion.map((path) => valueAt(record, path));
    if (!values.every((value) => typeof value === 'string' && value !== '')) continue;
    alternatives.push({ type: 'and', children: criterion.map((path, index) => ({ type: 'leaf', path: [...path], comparator: 'eq', value: String(values[index]) })) });
  }
  if (alternatives.length === 0) return undefined;
  const id = record['id'];
  const self: FilterNode[] = typeof id === 'string' ? [{ type: 'leaf', path: ['id'], comparator: 'neq', value: id }] : [];
  const within: FilterNode = { type: 'or', children: alternatives };
  return self.length ? { type: 'and', children: [within, ...self] } : within;
}

async function findIfExists(context: CoreContext, object: ObjectDef, id: string): Promise<RecordJson | undefined> {
  try {
    return await context.engine.findOne(object, id, 0);
  } catch (error) {
    if (error instanceof RestApiError && error.statusCode === 404) return undefined;
    throw error;
  }
}

async function duplicatesRoute(object: ObjectDef, request: CoreRequest, context: CoreContext): Promise<Reply> {
  const depth = readDepth(request.query);
  const body = await request.readBody();
  const { data, ids } = (body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {}) as { data?: unknown; ids?: unknown };
  if (data === undefined && ids === undefined) throw badRequest('You have to provide either "data" or "ids" argument');
  if (data !== undefined && ids !== undefined) throw badRequest('You cannot provide both "data" and "ids" arguments');
  let records: RecordJson[];
  if (ids !== undefined) {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw badRequest('ids must be an array of record ids');
    // Ids that name no record are skipped, as Twenty's `id IN (…)` lookup skips them.
    records = [];
    for (const id of ids as string[]) {
      const found = await findIfExists(context, object, id);
      if (found) records.push(found);
    }
  } else {
    if (!Array.isArray(data) || data.length === 0) throw badRequest('The "data" condition can not be empty when "ids" input not provided');
    records = data as RecordJson[];
  }
  const key = `${object.nameSingular}Duplicates`;
  const answers: unknown[] = [];
  for (const record of records) {
    let filter = duplicatesFilter(object, record);
    if (filter && context.fault.is('duplicates-include-self')) filter = (filter.type === 'and' ? filter.children[0] : filter) as FilterNode;
    if (!filter) {
      answers.push({ [key]: [], totalCount: 0, pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false } });
      continue;
    }
    const page = await context.engine.findMany({ object, filter, orderBy: [], limit: context.limits.defaultLimit, depth });
    answers.push({ [key]: page.records, totalCount: page.totalCount, pageInfo: page.pageInfo });
  }
  return { status: 200, body: { data: answers } };
}

async function mergeRoute(object: ObjectDef, request: CoreRequest, context: CoreContext): Promise<Reply> {
  const depth = readDepth(request.query);
  if (!DUPLICATE_CRITERIA[object.nameSingular]) {
    throw badRequest(`Merge is only available for objects with duplicate criteria. Object '${object.nameSingular}' does not have duplicate criteria defined.`);
  }
  const args = readMergeArgs(await request.readBody(), context.fault);
  const record = await context.engine.mergeMany(object, args, depth);
  return { status: 200, body: { data: { [`merge${capitalize(object.nameSingular)}`]: record } } };
}

/** The collection action routes; undefined when the method does not serve this action. */
export async function handleOperation(request: CoreRequest, objectSegment: string, action: string, context: CoreContext): Promise<Reply | undefined> {
  const { method } = request;
  if (action === 'groupBy' && method === 'GET') return groupByRoute(resolveObject(context.model, objectSegment), request.query, context);
  if (action === 'duplicates' && method === 'POST') return duplicatesRoute(resolveObject(context.model, objectSegment), request, context);
  if (action === 'merge' && (method === 'PATCH' || method === 'PUT')) return mergeRoute(resolveObject(context.model, objectSegment), request, context);
  return undefined;
}
