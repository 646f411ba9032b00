// GET /rest/{plural}/groupBy (contract §1.1, §5.5): one SQL GROUP BY over the
// visible rows the filter selects. Each group answers its dimension values (in
// the order of group_by) and the aggregates asked by name, as Twenty's common
// group-by runner names them (`totalCount`, `countNotEmptyId`, `maxAmountAmountMicros`).
// The `groupby-counts-deleted` fault drops the soft-delete rule here, where it is applied.
import type { Queryable } from '../database/database.ts';
import type { FieldDef, ObjectDef } from '../datamodel/types.ts';
import { badRequest } from '../errors.ts';
import { compositeColumnName, isCompositeKind, storedSubFields } from '../../generators/kinds/field-kinds.ts';
import type { FilterNode } from '../../generators/filter/ast.ts';
import { columnsOfField, type ColumnDef } from '../schema/columns.ts';
import { fromRead, readExpr } from '../schema/column-sql.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import { baseConditions } from './find-many.ts';
import type { QueryContext } from './query-context.ts';

/** One group_by item: a field, or a composite's sub-field. */
export interface GroupDimension {
  field: FieldDef;
  column: ColumnDef;
  /** The filter path that selects one value of this dimension. */
  path: string[];
}

const AGGREGATE_OPERATIONS = [
  'countUniqueValues',
  'countNotEmpty',
  'countEmpty',
  'percentageNotEmpty',
  'percentageEmpty',
  'countTrue',
  'countFalse',
  'min',
  'max',
  'avg',
  'sum',
] as const;
type AggregateOperation = (typeof AGGREGATE_OPERATIONS)[number];

export interface Aggregate {
  name: string;
  operation: AggregateOperation | 'totalCount';
  column?: ColumnDef;
}

export interface GroupByArgs {
  filter?: FilterNode;
  dimensions: GroupDimension[];
  aggregates: Aggregate[];
  limit: number;
}

export interface Group {
  groupByDimensionValues: unknown[];
  [aggregate: string]: unknown;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Reads one group_by item (`{"stage": true}`, `{"name": {"firstName": true}}`) against the object. */
export function groupDimension(object: ObjectDef, item: unknown): GroupDimension {
  if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length !== 1) {
    throw badRequest(`Invalid group_by item ${JSON.stringify(item)}: expected one field per object`);
  }
  const [name, spec] = Object.entries(item as Record<string, unknown>)[0]!;
  const field = object.fields.find((candidate) => candidate.name === name);
  if (!field || field.kind === 'RELATION') throw badRequest(`Cannot group by field '${name}' on '${object.nameSingular}'`);
  if (isCompositeKind(field.kind)) {
    const subName = spec !== null && typeof spec === 'object' && !Array.isArray(spec) ? Object.keys(spec)[0] : undefined;
    const sub = storedSubFields(field.kind).find((candidate) => candidate.name === subName);
    if (!sub) throw badRequest(`Composite field '${name}' requires a sub-field to group by`);
    const column = columnsOfField(object, field).find((candidate) => candidate.name === compositeColumnName(field.name, sub.name))!;
    return { field, column, path: [field.name, sub.name] };
  }
  if (spec !== true) throw badRequest(`Invalid group_by item ${JSON.stringify(item)}: expected {"${name}": true}`);
  return { field, column: columnsOfField(object, field)[0]!, path: [field.name] };
}

/** The column an aggregate name such as `maxAmountAmountMicros` or `countNotEmptyId` is about. */
function aggregateColumn(object: ObjectDef, rest: string): ColumnDef | undefined {
  for (const field of object.fields) {
    if (field.kind === 'RELATION') continue;
    if (isCompositeKind(field.kind)) {
      for (const sub of storedSubFields(field.kind)) {
        if (capitalize(field.name) + capitalize(sub.name) === rest) {
          return columnsOfField(object, field).find((column) => column.name === compositeColumnName(field.name, sub.name));
        }
      }
    } else if (capitalize(field.name) === rest) {
      return columnsOfField(object, field)[0];
    }
  }
  return undefined;
}

export function aggregateNamed(object: ObjectDef, name: unknown): Aggregate {
  if (name === 'totalCount') return { name, operation: 'totalCount' };
  if (typeof name === 'string') {
    for (const operation of AGGREGATE_OPERATIONS) {
      if (!name.startsWith(operation)) continue;
      const column = aggregateColumn(object, name.slice(operation.length));
      if (column) return { name, operation, column };
    }
  }
  throw badRequest(`Unknown aggregate ${JSON.stringify(name)} on '${object.nameSingular}'`);
}

const isTextual = (column: ColumnDef) => column.kind === 'TEXT';

function aggregateExpr(aggregate: Aggregate, alias: string): string {
  if (aggregate.operation === 'totalCount' || !aggregate.column) return 'count(*)::int';
  const ref = `${quoteIdent(alias)}.${quoteIdent(aggregate.column.name)}`;
  const empty = isTextual(aggregate.column) ? `(${ref} IS NULL OR ${ref}::text = '')` : `${ref} IS NULL`;
  switch (aggregate.operation) {
    case 'countUniqueValues':
      return `count(DISTINCT ${ref})::int`;
    case 'countEmpty':
      return `(count(*) FILTER (WHERE ${empty}))::int`;
    case 'countNotEmpty':
      return `(count(*) FILTER (WHERE NOT ${empty}))::int`;
    case 'percentageEmpty':
      return `((count(*) FILTER (WHERE ${empty}))::float8 / NULLIF(count(*), 0))`;
    case 'percentageNotEmpty':
      return `((count(*) FILTER (WHERE NOT ${empty}))::float8 / NULLIF(count(*), 0))`;
    case 'countTrue':
      return `(count(*) FILTER (WHERE ${ref} IS TRUE))::int`;
    case 'countFalse':
      return `(count(*) FILTER (WHERE ${ref} IS FALSE))::int`;
    default:
      // min/max/avg/sum answer as Postgres does: numeric and bigint travel as text, like Twenty's.
      return `${aggregate.operation}(${ref})::text`;
  }
}

export async function groupBy(db: Queryable, ctx: QueryContext, args: GroupByArgs): Promise<Group[]> {
  if (args.dimensions.length === 0) throw badRequest('group_by must name at least one field');
  // `groupby-ignores-filter`: the handler forgets to pass the filter on.
  const kept = ctx.fault.is('groupby-ignores-filter') ? undefined : args.filter;
  const { visibility, filter } = baseConditions(ctx, kept ? { filter: kept } : {});
  const where = [...(ctx.fault.is('groupby-counts-deleted') ? [] : visibility), ...filter];
  const dims = args.dimensions.map((dimension, index) => `${readExpr(ctx.alias, dimension.column)} AS ${quoteIdent(`d_${index}`)}`);
  const aggs = args.aggregates.map((aggregate, index) => `${aggregateExpr(aggregate, ctx.alias)} AS ${quoteIdent(`a_${index}`)}`);
  const groupKeys = args.dimensions.map((_, index) => quoteIdent(`d_${index}`));
  const limit = ctx.params.add(String(args.limit));
  const sql =
    `SELECT ${[...dims, ...aggs].join(', ')} FROM ${ctx.fromClause()}` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ` GROUP BY ${groupKeys.join(', ')} ORDER BY ${groupKeys.map((key) => `${key} ASC NULLS FIRST`).join(', ')} LIMIT ${limit}::int`;
  const { rows } = await db.query<Record<string, unknown>>(sql, ctx.params.values);
  return rows.map((row) => {
    const group: Group = { groupByDimensionValues: args.dimensions.map((dimension, index) => fromRead(dimension.column, row[`d_${index}`])) };
    args.aggregates.forEach((aggregate, index) => {
      group[aggregate.name] = row[`a_${index}`] ?? null;
    });
    return group;
  });
}
