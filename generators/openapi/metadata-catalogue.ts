// The metadata document (`/rest/open-api/metadata`, contract §1.5, §1.6): which
// resources it lists, under which paths, with which `limit` default and maximum,
// and which servers it names. Resources the contract lists but the document does
// not are still probed (a document may lag its server): `documented` says which.
// Pure; no I/O.
import { asRecord, asString, followLocalRef, isRecord, type JsonObject } from './document-walk.ts';

/** The metadata list resources of era D (contract §1.5, Twenty's metadata list contract test). */
export const CONTRACT_METADATA_RESOURCES = [
  'objects',
  'fields',
  'webhooks',
  'apiKeys',
  'views',
  'viewFields',
  'viewFilters',
  'viewSorts',
  'viewGroups',
  'viewFilterGroups',
  'pageLayouts',
  'pageLayoutTabs',
  'pageLayoutWidgets',
] as const;

/** The era-D metadata limit when the document states none (contract §1.5: 1000/1000). */
export const CONTRACT_METADATA_LIMIT = { default: 1000, maximum: 1000 };

export interface MetadataResourceEntry {
  name: string;
  /** Relative to `<baseUrl>/rest/metadata`, e.g. '/objects'. */
  listPath: string;
  onePath: string;
  /** The document lists this resource (else it comes from the contract's list). */
  documented: boolean;
}

export interface MetadataCatalogue {
  /** The document lists no resource path: only the base document was served. */
  baseDocumentOnly: boolean;
  servers: string[];
  limit: { default: number; maximum: number; fromDocument: boolean };
  resources: MetadataResourceEntry[];
}

/** Is this the metadata API's document (servers end in /rest/metadata, or it lists metadata resources)? */
export function isMetadataDocument(input: unknown): boolean {
  const document = asRecord(input);
  const servers = Array.isArray(document.servers) ? document.servers : [];
  if (servers.some((server) => /\/rest\/metadata\/?$/.test(asString(asRecord(server).url) ?? ''))) return true;
  const paths = Object.keys(asRecord(document.paths));
  return paths.includes('/open-api/metadata') || (paths.includes('/objects') && paths.includes('/fields'));
}

function parameterSchema(document: JsonObject, parameter: unknown, name: string): JsonObject | undefined {
  let node = parameter;
  if (isRecord(node) && typeof node.$ref === 'string') node = followLocalRef(document, node.$ref);
  if (!isRecord(node) || node.name !== name) return undefined;
  return asRecord(node.schema);
}

function limitSchema(document: JsonObject, resources: readonly string[]): JsonObject | undefined {
  const paths = asRecord(document.paths);
  for (const name of resources) {
    const parameters = asRecord(asRecord(paths[`/${name}`]).get).parameters;
    for (const parameter of Array.isArray(parameters) ? parameters : []) {
      const schema = parameterSchema(document, parameter, 'limit');
      if (schema) return schema;
    }
  }
  for (const parameter of Object.values(asRecord(asRecord(document.components).parameters))) {
    const schema = parameterSchema(document, parameter, 'limit');
    if (schema) return schema;
  }
  return undefined;
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function buildMetadataCatalogue(input: unknown): MetadataCatalogue {
  const document = asRecord(input);
  const paths = asRecord(document.paths);
  const documented = Object.keys(paths)
    .map((path) => /^\/([A-Za-z]+)$/.exec(path)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'open-api' && isRecord(asRecord(paths[`/${name}`]).get));
  const names = [...new Set([...documented, ...CONTRACT_METADATA_RESOURCES])];
  const schema = limitSchema(document, documented);
  const stated = { default: finite(schema?.default), maximum: finite(schema?.maximum) };
  return {
    baseDocumentOnly: documented.length === 0,
    servers: (Array.isArray(document.servers) ? document.servers : []).map((server) => asString(asRecord(server).url)).filter((url): url is string => url !== undefined),
    limit: {
      default: stated.default ?? CONTRACT_METADATA_LIMIT.default,
      maximum: stated.maximum ?? stated.default ?? CONTRACT_METADATA_LIMIT.maximum,
      fromDocument: stated.default !== undefined || stated.maximum !== undefined,
    },
    resources: names.map((name) => ({ name, listPath: `/${name}`, onePath: `/${name}/{id}`, documented: documented.includes(name) })),
  };
}

/**
 * META-003: the document's servers against the base URL in use. Returns a
 * sentence when no server entry is `<baseUrl>/rest/metadata` (trailing slashes
 * ignored), null when one is.
 */
export function serversMismatch(servers: readonly string[], baseUrl: string): string | null {
  const trim = (url: string) => url.replace(/\/+$/, '');
  const expected = `${trim(baseUrl)}/rest/metadata`;
  if (servers.some((server) => trim(server) === expected)) return null;
  return servers.length === 0 ? `the document names no server (expected ${expected})` : `the document names ${servers.join(', ')}, not ${expected}`;
}
