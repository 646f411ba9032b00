// GET /rest/<plural>: filter, keyset pagination in either direction, totalCount
// and era-D pageInfo (contract §5.1–§5.4, §12.4, §12.5). The pagination faults
// are switched where each decision is made.
import { badRequest } from '../errors.ts';
import type { Queryable } from '../database/database.ts';
import { readExpr } from '../schema/column-sql.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import { decodeCursor, encodeCursor } from './cursor-codec.ts';
import { compileFilter, mentionsDeletedAt } from './filter-sql.ts';
import { afterCondition, cursorValues } from './keyset.ts';
import { QueryContext } from './query-context.ts';
import { rowToRecord, rowValue, selectColumns } from './record-json.ts';
import { buildSortKeys, orderByClause, reversedForScan, type SortKey } from './sort-keys.ts';
import type { FindManyArgs, FindManyResult, PageInfo, RecordJson } from './types.ts';

export interface PageRow {
  record: RecordJson;
  cursor: string;
}

/** A decoded cursor, or null when the text is empty or its JSON is falsy (both mean "no cursor"). */
function cursorFrom(raw: string | undefined, ctx: QueryContext): unknown {
  if (raw === undefined || raw === '') return null;
  let decoded: unknown;
  try {
    decoded = decodeCursor(raw);
  } catch (error) {
    // `undecodable-cursor-ignored`: a decode failure is caught and the cursor dropped.
    if (ctx.fault.is('undecodable-cursor-ignored')) return null;
    throw error;
  }
  return decoded ? decoded : null;
}

function buildCursor(keys: readonly SortKey[], row: Record<string, unknown>): string {
  const payload: Record<string, unknown> = {};
  for (const key of keys) {
    let holder = payload;
    key.cursorPath.slice(0, -1).forEach((segment) => {
      const next = (holder[segment] ??= {}) as Record<string, unknown>;
      holder = next;
    });
    holder[key.cursorPath[key.cursorPath.length - 1]!] = rowValue(key.column, row, key.readAs);
  }
  return encodeCursor(payload);
}

/** Builds the WHERE parts shared by the page and the count: soft-delete rule and filter. */
export function baseConditions(ctx: QueryContext, args: Pick<FindManyArgs, 'filter'>): { visibility: string[]; filter: string[] } {
  const visibility = mentionsDeletedAt(args.filter) ? [] : [`${quoteIdent(ctx.alias)}."deletedAt" IS NULL`];
  const filter = args.filter ? [compileFilter(args.filter, ctx)] : [];
  return { visibility, filter };
}

const whereOf = (parts: string[]) => (parts.length === 0 ? '' : ` WHERE ${parts.join(' AND ')}`);

const PAGE_ALIAS = 'p';
const TOTAL_COLUMN = 'total_count';
const orderColumn = (index: number) => `order_${index}`;

/**
 * The page in two steps. The inner query filters, sorts and limits narrow rows
 * (the id, the sort values, the cursor values); the outer one reads the full
 * record (dates through to_char, arrays through to_jsonb) for just those rows.
 * Reading every column of every matching row before the sort cost most of a
 * list request. The outer ORDER BY repeats the inner one on the same values.
 * With `withCount`, the inner query also carries the count of all matching rows
 * (a window over the filtered rows, taken before the LIMIT).
 */
function pageStatement(ctx: QueryContext, scanKeys: readonly SortKey[], where: string[], limitParam: string, withCount: boolean): string {
  const page = quoteIdent(PAGE_ALIAS);
  const innerColumns = [
    `${quoteIdent(ctx.alias)}."id" AS "page_id"`,
    ...scanKeys.map((key, index) => `${key.expr} AS ${quoteIdent(orderColumn(index))}`),
    ...scanKeys.map((key) => `${readExpr(key.alias, key.column)} AS ${quoteIdent(key.readAs)}`),
    ...(withCount ? [`count(*) OVER () AS ${quoteIdent(TOTAL_COLUMN)}`] : []),
  ];
  const inner =
    `SELECT ${innerColumns.join(', ')} FROM ${ctx.fromClause()}` + whereOf(where) + ` ORDER BY ${orderByClause(scanKeys)} LIMIT ${limitParam}::int`;
  const outerOrder = orderByClause(scanKeys.map((key, index) => ({ ...key, expr: `${page}.${quoteIdent(orderColumn(index))}` })));
  const carried = [...scanKeys.map((key) => key.readAs), ...(withCount ? [TOTAL_COLUMN] : [])].map((name) => `${page}.${quoteIdent(name)}`);
  return (
    `SELECT ${selectColumns(ctx.object, ctx.alias)}, ${carried.join(', ')} FROM (${inner}) AS ${page} ` +
    `JOIN ${ctx.table()} AS ${quoteIdent(ctx.alias)} ON ${quoteIdent(ctx.alias)}."id" = ${page}."page_id" ORDER BY ${outerOrder}`
  );
}

export async function findMany(db: Queryable, ctx: QueryContext, args: FindManyArgs): Promise<{ result: FindManyResult; records: RecordJson[] }> {
  // Truthiness, as Twenty's conflict check: starting_after=X&ending_before= passes (§12.4).
  if (args.startingAfter && args.endingBefore) throw badRequest('Cannot provide both before and after');
  const backward = args.endingBefore !== undefined;
  const { visibility, filter } = baseConditions(ctx, args);
  const keys = buildSortKeys(args.orderBy, ctx);
  const scanKeys = backward ? reversedForScan(keys, ctx) : keys;

  const cursorConditions: string[] = [];
  const after = cursorFrom(args.startingAfter, ctx);
  if (after !== null) {
    cursorConditions.push(afterCondition(keys, cursorValues(after, keys), ctx, !backward && ctx.fault.is('cursor-off-by-one')));
  }
  const before = backward ? cursorFrom(args.endingBefore, ctx) : null;
  // "Strictly before c in the requested order" is "strictly after c in the scan order" (inclusive under `ending-before-includes-cursor`).
  if (before !== null) cursorConditions.push(afterCondition(scanKeys, cursorValues(before, scanKeys), ctx, ctx.fault.is('ending-before-includes-cursor')));

  // `order-drops-null-rows`: the page leaves out rows whose first sort value is NULL (the count still has them).
  const firstKey = keys[0];
  if (ctx.fault.is('order-drops-null-rows') && firstKey && args.orderBy[0]?.path.join('.') !== 'id') cursorConditions.push(`${firstKey.expr} IS NOT NULL`);

  const limit = Math.max(0, Math.floor(args.limit));
  const limitParam = ctx.params.add(String(limit + 1));
  const countFault = ctx.fault.is('total-count-ignores-filter');
  // Without a cursor the page's own WHERE is the count's: one statement does both.
  const countInPage = cursorConditions.length === 0 && !countFault;
  const pageSql = pageStatement(ctx, scanKeys, [...visibility, ...filter, ...cursorConditions], limitParam, countInPage);
  const { rows } = await db.query<Record<string, unknown>>(pageSql, ctx.params.values);

  let total: number;
  if (countInPage) {
    total = Number(rows[0]?.[TOTAL_COLUMN] ?? 0);
  } else {
    const countSql = `SELECT count(*)::int AS "total" FROM ${ctx.fromClause()}` + whereOf(countFault ? visibility : [...visibility, ...filter]);
    const countParams = ctx.params.values.slice(0, maxPlaceholder(countSql));
    const { rows: countRows } = await db.query<{ total: number }>(countSql, countParams);
    total = Number(countRows[0]?.total ?? 0);
  }

  const more = rows.length > limit;
  let pageRows = rows.slice(0, limit);
  if (backward && !ctx.fault.is('backward-page-misordered')) pageRows = pageRows.reverse();
  const page: PageRow[] = pageRows.map((row) => ({ record: rowToRecord(ctx.object, row, ctx.fault), cursor: buildCursor(keys, row) }));

  const pageInfo: PageInfo = {
    startCursor: page[0]?.cursor ?? null,
    endCursor: page[page.length - 1]?.cursor ?? null,
    hasNextPage: backward ? Boolean(args.endingBefore) : more || ctx.fault.is('has-next-page-on-last-page'),
    hasPreviousPage: backward ? more : Boolean(args.startingAfter),
  };
  const records = page.map((entry) => entry.record);
  return { result: { records, totalCount: total, pageInfo }, records };
}

/** The count reuses the page's parameters; it must bind exactly those its text mentions. */
function maxPlaceholder(sql: string): number {
  let max = 0;
  for (const match of sql.matchAll(/\$(\d+)/g)) max = Math.max(max, Number(match[1]));
  return max;
}
