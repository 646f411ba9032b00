// Removes the metadata a run created (views named, custom objects labelled with
// the run tag): the runner's final sweep after Playwright ends, whatever the
// outcome, and `cleanup --run`. A deployment without a metadata API (404) has
// nothing to sweep. Objects are deactivated before the delete, as Twenty asks.
import type { TwentyClient } from '../../runtime/client/twenty-client.ts';
import { runTag } from '../fixtures/run-tag.ts';
import { staleIds } from '../fixtures/stale-runs.ts';
import { METADATA_PATH, TAGGED_METADATA } from './names.ts';

/** One run's metadata, or that of every run started more than `olderThanMs` before `now`. */
export type MetadataSelector = { runId: string } | { olderThanMs: number; now: Date };

/** Pure: the ids of the items the selector names, by the tagged property `key`. */
export function selectTagged(items: readonly Record<string, unknown>[], key: string, selector: MetadataSelector): { ids: string[]; runs: string[] } {
  const tagged = items
    .filter((item) => typeof item['id'] === 'string' && typeof item[key] === 'string')
    .map((item) => ({ id: item['id'] as string, tag: item[key] as string }));
  if ('runId' in selector) {
    const ids = tagged.filter((item) => item.tag.startsWith(runTag(selector.runId))).map((item) => item.id);
    return { ids, runs: ids.length > 0 ? [selector.runId] : [] };
  }
  return staleIds(tagged, selector.now, selector.olderThanMs);
}

export interface MetadataCleanup {
  removed: Record<string, number>;
  errors: string[];
  /** Run ids whose metadata was selected. */
  runs: string[];
}

async function listAll(client: TwentyClient, resource: string): Promise<Record<string, unknown>[] | null> {
  const items: Record<string, unknown>[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const exchange = await client.request({ method: 'GET', path: `${METADATA_PATH}/${resource}`, query: after ? { starting_after: after } : {} });
    if (exchange.status === 404) return null;
    const body = exchange.json as { data?: unknown; pageInfo?: { hasNextPage?: unknown; endCursor?: unknown } } | undefined;
    if (exchange.status !== 200 || !Array.isArray(body?.data)) throw new Error(`GET ${METADATA_PATH}/${resource} answered HTTP ${exchange.status}`);
    items.push(...(body.data as Record<string, unknown>[]));
    if (body.pageInfo?.hasNextPage !== true || typeof body.pageInfo.endCursor !== 'string') return items;
    after = body.pageInfo.endCursor;
  }
  return items;
}

export async function removeTaggedMetadata(client: TwentyClient, selector: MetadataSelector): Promise<MetadataCleanup> {
  const removed: Record<string, number> = {};
  const errors: string[] = [];
  const runs = new Set<string>();
  for (const { resource, key } of TAGGED_METADATA) {
    try {
      const items = await listAll(client, resource);
      const selected = selectTagged(items ?? [], key, selector);
      selected.runs.forEach((run) => runs.add(run));
      let count = 0;
      for (const id of selected.ids) {
        const path = `${METADATA_PATH}/${resource}/${id}`;
        if (resource === 'objects') await client.request({ method: 'PATCH', path, body: { isActive: false } });
        const answer = await client.request({ method: 'DELETE', path });
        if (answer.status >= 200 && answer.status < 300) count++;
        else if (answer.status !== 404) errors.push(`metadata ${resource} ${id}: DELETE answered HTTP ${answer.status}`);
      }
      removed[`metadata ${resource}`] = count;
    } catch (error) {
      errors.push(`metadata ${resource}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { removed, errors, runs: [...runs].sort() };
}
