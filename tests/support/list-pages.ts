// Reading list pages through the run's client: one place that turns an exchange
// into a Page (or a CheckFailure naming the malformed envelope).
import type { TwentyClient } from '../../runtime/client/twenty-client.ts';
import type { Exchange } from '../../generators/client/exchange.ts';
import type { CatalogueObject } from '../../generators/openapi/catalogue-types.ts';
import type { FetchPage, Page, PageParams } from '../../generators/pagination/walk.ts';
import { fail } from './verdicts.ts';

export type RecordJson = Record<string, unknown>;

export interface ListQuery {
  filter?: string;
  order_by?: string;
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

export interface ListedPage extends Page<RecordJson> {
  exchange: Exchange;
}

export function toQuery(query: ListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) out[key] = String(value);
  return out;
}

/** Parses a list envelope; a malformed one is a failure of the check that asked. */
export function pageOf(exchange: Exchange, object: CatalogueObject): ListedPage {
  const body = exchange.json as { data?: Record<string, unknown>; totalCount?: unknown; pageInfo?: Page['pageInfo'] } | undefined;
  const records = body?.data?.[object.envelopeKeys.list];
  if (exchange.status !== 200 || !Array.isArray(records) || !body?.pageInfo || typeof body.totalCount !== 'number') {
    fail({
      received: `HTTP ${exchange.status} ${exchange.responseBody.slice(0, 160)}`,
      expected: `200 with data.${object.envelopeKeys.list}[], totalCount and pageInfo`,
      exchange,
    });
  }
  return { records: records as RecordJson[], totalCount: body.totalCount, pageInfo: body.pageInfo, exchange };
}

export async function listPage(client: TwentyClient, object: CatalogueObject, query: ListQuery): Promise<ListedPage> {
  const exchange = await client.request({ method: 'GET', path: object.listPath, query: toQuery(query) });
  return pageOf(exchange, object);
}

/** A FetchPage for the pagination walkers, with a fixed filter and order. */
export function pageFetcher(client: TwentyClient, object: CatalogueObject, base: Pick<ListQuery, 'filter' | 'order_by'>): FetchPage<RecordJson> {
  return (params: PageParams) => listPage(client, object, { ...base, ...params });
}

/** Per client (one per worker): the same GET asked twice is sent once (the specs only read). */
const answered = new WeakMap<TwentyClient, Map<string, Promise<Exchange>>>();

/**
 * A GET whose answer is shared by every check of the worker that asks the very
 * same question. `fresh` bypasses the memo, for re-reading after a suspected
 * concurrent write. A failed request is not remembered.
 */
export function memoGet(client: TwentyClient, path: string, query: Record<string, string>, options: { fresh?: boolean } = {}): Promise<Exchange> {
  let memo = answered.get(client);
  if (!memo) {
    memo = new Map();
    answered.set(client, memo);
  }
  const key = JSON.stringify([path, Object.entries(query).sort()]);
  const known = memo.get(key);
  if (known && !options.fresh) return known;
  const exchange = client.request({ method: 'GET', path, query });
  memo.set(key, exchange);
  exchange.catch(() => memo.delete(key));
  return exchange;
}

/** listPage through the memo. */
export async function memoListPage(client: TwentyClient, object: CatalogueObject, query: ListQuery, options: { fresh?: boolean } = {}): Promise<ListedPage> {
  return pageOf(await memoGet(client, object.listPath, toQuery(query), options), object);
}
