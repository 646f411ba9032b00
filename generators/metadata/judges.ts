// Pure verdicts on metadata API answers (contract §1.5): the flat era-D list
// envelope with raw-id cursors, get-one bodies, read-back of what was written,
// and the deprecated /rest/webhooks and /rest/apiKeys aliases. Each returns the
// problems found (empty when the answer is right). The paging laws themselves are
// the pagination area's judges (walk.ts, page-rules.ts), reused with raw-id cursors.
import type { Page } from '../pagination/walk.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The flat envelope `{data: [...], pageInfo: {4 keys}, totalCount}`; each item has a string id. */
export function flatEnvelopeProblems(json: unknown): string[] {
  if (!isObject(json)) return ['the body is not a JSON object'];
  const problems: string[] = [];
  if (!Array.isArray(json['data'])) {
    problems.push(isObject(json['data']) ? `data is an object (keys ${Object.keys(json['data']).join(', ')}), not the flat array of era D` : 'data is not an array');
  } else {
    const bad = json['data'].findIndex((item) => !isObject(item) || typeof item['id'] !== 'string');
    if (bad >= 0) problems.push(`data[${bad}] has no string id`);
  }
  const pageInfo = json['pageInfo'];
  if (!isObject(pageInfo)) problems.push('pageInfo is missing');
  else {
    for (const flag of ['hasNextPage', 'hasPreviousPage']) if (typeof pageInfo[flag] !== 'boolean') problems.push(`pageInfo.${flag} is not a boolean`);
    for (const cursor of ['startCursor', 'endCursor']) if (pageInfo[cursor] !== null && typeof pageInfo[cursor] !== 'string') problems.push(`pageInfo.${cursor} is neither a string nor null`);
  }
  if (typeof json['totalCount'] !== 'number' || !Number.isInteger(json['totalCount'])) problems.push('totalCount is not an integer');
  return problems;
}

/** A flat envelope as a Page for the pagination judges (call after flatEnvelopeProblems is empty). */
export function asPage(json: unknown): Page {
  const body = json as { data: Json[]; pageInfo: Page['pageInfo']; totalCount: number };
  return { records: body.data, pageInfo: body.pageInfo, totalCount: body.totalCount };
}

/**
 * The item of a get-one, create or update answer: the bare item (era D's view and
 * page-layout controllers answer the DTO itself) or, as a GraphQL-backed resource
 * may, `{data: item}`. Undefined when neither holds an id.
 */
export function itemOf(json: unknown): Json | undefined {
  if (isObject(json) && typeof json['id'] === 'string') return json;
  if (isObject(json) && isObject(json['data']) && typeof json['data']['id'] === 'string') return json['data'];
  return undefined;
}

/** Every key sent reads back with the value sent (JSON equality). */
export function readBackProblems(sent: Json, item: Json | undefined): string[] {
  if (!item) return ['no item with an id in the answer'];
  return Object.entries(sent)
    .filter(([key, value]) => JSON.stringify(item[key]) !== JSON.stringify(value))
    .map(([key, value]) => `${key} reads ${JSON.stringify(item[key])}, sent ${JSON.stringify(value)}`);
}

/**
 * Page size of a bounded walk over a list of `total` items: at most `pages`
 * pages, never fewer than 2 items a page (a page of 1 hides order mistakes).
 */
export function walkLimit(total: number, pages = 4): number {
  return Math.max(2, Math.ceil(total / pages));
}

export const LEGACY_DEPRECATION = '@1786320000';

/** `/rest/<name>`: 200, a raw JSON array, `Deprecation: @1786320000`, `Link: </rest/metadata/<name>>; rel="successor-version"`. */
export function legacyAliasProblems(answer: { status: number; json: unknown; headers: Record<string, string> }, name: string): string[] {
  const problems: string[] = [];
  if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
  if (!Array.isArray(answer.json)) problems.push(isObject(answer.json) && 'data' in answer.json ? 'an envelope with data instead of a raw array' : 'the body is not a JSON array');
  const header = (key: string) => Object.entries(answer.headers).find(([name]) => name.toLowerCase() === key)?.[1];
  const deprecation = header('deprecation');
  if (deprecation !== LEGACY_DEPRECATION) problems.push(`Deprecation header ${deprecation === undefined ? 'missing' : JSON.stringify(deprecation)}`);
  const link = header('link') ?? '';
  const successor = `</rest/metadata/${name}>`;
  if (!link.split(',').some((part) => part.includes(successor) && /rel="?successor-version"?/.test(part))) {
    problems.push(`Link header ${link === '' ? 'missing' : JSON.stringify(link)}, expected ${successor}; rel="successor-version"`);
  }
  return problems;
}

/** META-013: the deprecated alias `/rest/<name>` as legacyAliasProblems reads it, as a finding. */
export function judgeLegacyAlias(name: string, answer: { status: number; json?: unknown; responseHeaders: Record<string, string> }): { received: string; expected: string } | null {
  const problems = legacyAliasProblems({ status: answer.status, json: answer.json, headers: answer.responseHeaders }, name);
  if (problems.length === 0) return null;
  return { received: `/rest/${name}: ${problems.join('; ')}`, expected: `a raw array with Deprecation: ${LEGACY_DEPRECATION} and Link: </rest/metadata/${name}>; rel="successor-version"` };
}
