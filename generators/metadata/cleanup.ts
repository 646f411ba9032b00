// Removes the metadata a run created (views named, custom objects labelled with
// the run tag): the runner's final sweep after Playwright ends, whatever the
// outcome, and `cleanup --run`. A deployment without a metadata API (404) has
// nothing to sweep. Objects are deactivated before the delete, as Twenty asks.
import type { TwentyClient } from '../client/twenty-client.ts';
import { METADATA_PATH, TAGGED_METADATA } from './names.ts';

export interface MetadataCleanup {
  removed: Record<string, number>;
  errors: string[];
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

export async function removeTaggedMetadata(client: TwentyClient, prefix: string): Promise<MetadataCleanup> {
  const removed: Record<string, number> = {};
  const errors: string[] = [];
  for (const { resource, key } of TAGGED_METADATA) {
    try {
      const items = await listAll(client, resource);
      const tagged = (items ?? []).filter((item) => typeof item[key] === 'string' && (item[key] as string).startsWith(prefix) && typeof item['id'] === 'string');
      let count = 0;
      for (const item of tagged) {
        const path = `${METADATA_PATH}/${resource}/${String(item['id'])}`;
        if (resource === 'objects' && item['isActive'] !== false) await client.request({ method: 'PATCH', path, body: { isActive: false } });
        const answer = await client.request({ method: 'DELETE', path });
        if (answer.status >= 200 && answer.status < 300) count++;
        else if (answer.status !== 404) errors.push(`metadata ${resource} ${String(item['id'])}: DELETE answered HTTP ${answer.status}`);
      }
      removed[`metadata ${resource}`] = count;
    } catch (error) {
      errors.push(`metadata ${resource}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { removed, errors };
}
