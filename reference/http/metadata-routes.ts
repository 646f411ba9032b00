// /rest/metadata/<resource>[/<id>] (contract §1.5, era D) and the deprecated
// /rest/webhooks and /rest/apiKeys aliases. Lists answer the flat envelope
// {data, pageInfo, totalCount} paged by raw-UUID cursors, limit default and
// maximum 1000, with Twenty's 400 texts in its order: both cursors → invalid
// cursor → non-integer limit.
import { badRequest, notFound } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import type { MetadataPageArgs, MetadataStore } from '../metadata/store.ts';
import { findMetadataResource, type MetadataResource } from '../metadata/resources.ts';
import { isValidUuid } from './core-path.ts';
import type { Reply } from './core-routes.ts';
import { readLimit } from './query-params.ts';
import { stringParam, type ParsedQuery } from './query-string.ts';

export const METADATA_LIMIT = { defaultLimit: 1000, maxLimit: 1000 };
/** The core API's default, which a faulty release might apply to metadata lists too. */
const CORE_DEFAULT_LIMIT = 60;

/** `Deprecation` date of the legacy aliases (legacy-metadata-route-deprecation interceptor). */
export const LEGACY_DEPRECATION = '@1786320000';
export const LEGACY_ALIASES = ['webhooks', 'apiKeys'] as const;

export interface MetadataRequest {
  method: string;
  pathname: string;
  query: ParsedQuery;
  readBody: () => Promise<unknown>;
}

export function readMetadataPagination(query: ParsedQuery, fault: ActiveFault): Omit<MetadataPageArgs, 'parentId'> {
  const startingAfter = stringParam(query, 'starting_after') || undefined;
  const endingBefore = stringParam(query, 'ending_before') || undefined;
  if (startingAfter !== undefined && endingBefore !== undefined) {
    throw badRequest("'starting_after' and 'ending_before' cannot be used together.");
  }
  const invalid = [startingAfter, endingBefore].find((cursor) => cursor !== undefined && !isValidUuid(cursor));
  if (invalid !== undefined && !fault.is('metadata-cursor-unvalidated-500')) throw badRequest(`Invalid cursor: ${invalid}`);
  const raw = query['limit'];
  if (typeof raw === 'string' && raw !== '' && !Number.isInteger(Number(raw))) {
    throw badRequest(`limit '${raw}' is invalid. Should be an integer`);
  }
  const defaultLimit = fault.is('metadata-default-limit-60') ? CORE_DEFAULT_LIMIT : METADATA_LIMIT.defaultLimit;
  const limit = readLimit(raw, { defaultLimit, maxLimit: METADATA_LIMIT.maxLimit });
  return { limit, ...(startingAfter !== undefined ? { afterId: startingAfter } : {}), ...(endingBefore !== undefined ? { beforeId: endingBefore } : {}) };
}

function requireObjectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The body must be a JSON object');
  return body as Record<string, unknown>;
}

/** class-validator style: unknown properties are refused, required ones must be present. */
function createInput(resource: MetadataResource, body: unknown): Record<string, unknown> {
  const input = requireObjectBody(body);
  const allowed = new Set([...resource.required, ...Object.keys(resource.defaults), ...(resource.parent ? [resource.parent.key] : [])]);
  const unknown = Object.keys(input).filter((key) => !allowed.has(key) && key !== 'id');
  if (unknown.length > 0) throw badRequest(`property ${unknown[0]} should not exist`);
  const needed = [...(resource.parent?.required ? [resource.parent.key] : []), ...resource.required];
  const missing = needed.find((key) => input[key] === undefined || input[key] === null || input[key] === '');
  if (missing !== undefined) throw badRequest(`${missing} should not be empty`);
  const { id: _ignored, ...rest } = input;
  return rest;
}

function updateInput(resource: MetadataResource, body: unknown): Record<string, unknown> {
  const input = requireObjectBody(body);
  const refused = Object.keys(input).find((key) => !resource.updatable.includes(key) && key !== 'id');
  if (refused !== undefined) throw badRequest(`property ${refused} should not exist`);
  const { id: _ignored, ...rest } = input;
  return rest;
}

function idOf(resource: MetadataResource, raw: string): string {
  if (!isValidUuid(raw)) throw notFound(`${resource.label} not found`);
  return raw;
}

export async function handleMetadataRequest(request: MetadataRequest, store: MetadataStore, fault: ActiveFault): Promise<Reply> {
  const { method, pathname, query } = request;
  const segments = pathname.replace(/\/+$/, '').split('/').slice(3);
  const resource = findMetadataResource(segments[0] ?? '');
  if (!resource || segments.length > 2) throw notFound(`Cannot ${method} ${pathname}`);
  const rawId = segments[1];

  if (rawId === undefined) {
    if (method === 'GET') {
      const parentParam = resource.parent ? stringParam(query, resource.parent.key) : undefined;
      if (parentParam !== undefined && !isValidUuid(parentParam)) throw badRequest(`${resource.parent?.key} must be a UUID`);
      const page = await store.list(resource, { ...readMetadataPagination(query, fault), ...(parentParam ? { parentId: parentParam } : {}) });
      if (fault.is('metadata-list-legacy-envelope')) {
        return { status: 200, body: { data: { [resource.name]: page.items }, pageInfo: page.pageInfo, totalCount: page.totalCount } };
      }
      return { status: 200, body: { data: page.items, pageInfo: page.pageInfo, totalCount: page.totalCount } };
    }
    if (method === 'POST') return { status: 201, body: await store.create(resource, createInput(resource, await request.readBody())) };
    throw notFound(`Cannot ${method} ${pathname}`);
  }

  const id = idOf(resource, rawId);
  switch (method) {
    case 'GET':
      return { status: 200, body: await store.get(resource, id) };
    case 'PATCH':
    case 'PUT':
      return { status: 200, body: await store.update(resource, id, updateInput(resource, await request.readBody())) };
    case 'DELETE': {
      const deleted = await store.delete(resource, id);
      return { status: 200, body: resource.deleteAnswer === 'success' ? { success: true } : deleted };
    }
    default:
      throw notFound(`Cannot ${method} ${pathname}`);
  }
}

/** GET /rest/webhooks, /rest/apiKeys: the raw array, marked deprecated with a pointer to the successor. */
export async function handleLegacyAlias(name: (typeof LEGACY_ALIASES)[number], store: MetadataStore, fault: ActiveFault): Promise<Reply> {
  const resource = findMetadataResource(name);
  if (!resource) throw notFound();
  const page = await store.list(resource, { limit: Number.MAX_SAFE_INTEGER });
  if (fault.is('legacy-alias-enveloped')) return { status: 200, body: { data: page.items, pageInfo: page.pageInfo, totalCount: page.totalCount } };
  return {
    status: 200,
    body: page.items,
    headers: { deprecation: LEGACY_DEPRECATION, link: `</rest/metadata/${name}>; rel="successor-version"` },
  };
}
