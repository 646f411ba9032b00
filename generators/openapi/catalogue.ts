// Builds the catalogue (objects, fields, kinds, comparators, limits) from a raw or
// dereferenced OpenAPI document of any era: 2024 (`Company`, `last_cursor`), mid-2025
// (`CompanyForResponse`, `Company for Response`) and 2026 (restore/merge/groupBy paths).
//
// An object is a path `<prefix>/{plural}` whose GET answers a list (`data.<key>` is an
// array). The prefix is derived from the document: the one most list paths share (''
// for Twenty's own `/companies`, '/rest' for documents written `/rest/companies`).
// Catalogue paths are given WITHOUT the prefix (relative to `<baseUrl>/rest`, where the
// client sends them); `pathPrefix` says what to add back to find them in the document.
// Sub-paths (`/batch/x`, `/restore/x`, `/x/merge`, `/x/groupBy`, `/x/duplicates`,
// `/open-api/core`, `/dashboards/{id}/duplicate`) have other prefixes than the one most
// objects share, so they can never be taken for objects.
import {
  HTTP_METHODS,
  asRecord,
  asString,
  componentSchemaNames,
  isRecord,
  resolveNode,
  type JsonObject,
} from './document-walk.ts';
import { inferField, type KindContext } from './infer-field-kind.ts';
import type { Catalogue, CatalogueField, CatalogueObject } from './catalogue-types.ts';
import { comparatorsFromDocument, filterParameterStatement, statedComparators } from './stated-comparators.ts';
import type { Comparator } from '../kinds/comparators.ts';

interface ObjectDraft {
  object: Omit<CatalogueObject, 'fields'>;
  responseProperties: JsonObject;
  createProperties: JsonObject;
}

export function buildCatalogue(input: unknown): Catalogue {
  const document = asRecord(input);
  const names = componentSchemaNames(document);
  const rawPaths = asRecord(document.paths);
  const pathPrefix = objectPathPrefix(document, names);
  const paths = withoutPrefix(rawPaths, pathPrefix);
  const drafts = Object.keys(paths)
    .map((path) => draftObject(document, names, paths, path))
    .filter((draft): draft is ObjectDraft => draft !== null);

  const objectBySchemaName = new Map<string, string>();
  for (const { object } of drafts) {
    for (const schemaName of Object.values(object.schemaNames)) {
      if (schemaName !== undefined && !objectBySchemaName.has(schemaName)) objectBySchemaName.set(schemaName, object.plural);
    }
  }

  const listParameters = drafts.flatMap(({ object }) => listOperationParameters(document, paths, object.listPath));
  const filterStatement = filterParameterStatement([
    ...listParameters.filter((parameter) => parameter.name === 'filter').map((parameter) => parameter.description),
    ...componentParameters(document).filter((parameter) => parameter.name === 'filter').map((parameter) => parameter.description),
  ]);

  const objects = drafts.map((draft) => ({
    ...draft.object,
    fields: buildFields(draft, { document, names, objectBySchemaName, siblings: {} }, filterStatement),
  }));

  const limitSchema = findParameterSchema(document, listParameters, 'limit');
  const depthSchema = findParameterSchema(document, listParameters, 'depth');
  const hasCursorParameters = objects.some((object) =>
    object.listParameters.some((name) => name === 'starting_after' || name === 'ending_before'),
  );
  const mentionsLastCursor =
    listParameters.some((parameter) => parameter.name === 'last_cursor') ||
    componentParameters(document).some((parameter) => parameter.name === 'last_cursor');

  return {
    openapiVersion: asString(document.openapi) ?? asString(document.swagger) ?? '',
    legacy: mentionsLastCursor || (objects.length > 0 && !hasCursorParameters),
    baseDocumentOnly: objects.length === 0,
    servers: serverUrls(document),
    pathPrefix,
    comparatorStatement: filterStatement ?? null,
    limit: {
      default: numberOrNull(limitSchema.default),
      maximum: numberOrNull(limitSchema.maximum),
      minimum: numberOrNull(limitSchema.minimum),
    },
    depthValues: Array.isArray(depthSchema.enum)
      ? depthSchema.enum.filter((value): value is number => typeof value === 'number')
      : [],
    objects,
  };
}

const LIST_PATH = /^((?:\/[^/{}]+)*)\/([^/{}]+)$/;

/**
 * The prefix most list paths of the document share ('' when they are `/{plural}`,
 * '/rest' when they are `/rest/{plural}`). Ties go to the shorter prefix.
 */
export function objectPathPrefix(input: unknown, names: Map<object, string> = componentSchemaNames(asRecord(input))): string {
  const document = asRecord(input);
  const paths = asRecord(document.paths);
  const counts = new Map<string, number>();
  for (const path of Object.keys(paths)) {
    const match = LIST_PATH.exec(path);
    if (match === null) continue;
    const listGet = asRecord(asRecord(paths[path]).get);
    if (findEnvelope(document, names, listGet, ['200'], (schema) => isArraySchema(document, names, schema)) === null) continue;
    const prefix = match[1] ?? '';
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount || (count === bestCount && prefix.length < best.length)) {
      best = prefix;
      bestCount = count;
    }
  }
  return best;
}

/** The document's paths that start with the prefix, with the prefix removed. */
function withoutPrefix(paths: JsonObject, prefix: string): JsonObject {
  if (prefix === '') return paths;
  const out: JsonObject = {};
  for (const [path, item] of Object.entries(paths)) {
    if (path.startsWith(`${prefix}/`)) out[path.slice(prefix.length)] = item;
  }
  return out;
}

function draftObject(document: JsonObject, names: Map<object, string>, paths: JsonObject, path: string): ObjectDraft | null {
  const match = /^\/([^/{}]+)$/.exec(path);
  if (match === null || match[1] === undefined) return null;
  const plural = match[1];
  const listGet = asRecord(asRecord(paths[path]).get);
  const listEnvelope = findEnvelope(document, names, listGet, ['200'], (schema) => isArraySchema(document, names, schema));
  if (listEnvelope === null) return null;

  const onePath = Object.keys(paths).find((candidate) => candidate.startsWith(`/${plural}/{`) && /^\/[^/]+\/\{[^/]+\}$/.test(candidate)) ?? null;
  const batchPath = paths[`/batch/${plural}`] !== undefined ? `/batch/${plural}` : null;
  const listPost = asRecord(asRecord(paths[path]).post);
  const oneItem = onePath !== null ? asRecord(paths[onePath]) : {};
  const oneGet = asRecord(oneItem.get);
  const oneUpdate = asRecord(oneItem.patch ?? oneItem.put);

  const responseItems = resolveNode(document, listEnvelope.schema, names).node.items;
  const response = resolveNode(document, responseItems, names);
  const create = resolveNode(document, requestBodySchema(listPost), names);
  const update = resolveNode(document, requestBodySchema(oneUpdate), names);
  const oneEnvelope = findEnvelope(document, names, oneGet, ['200'], () => true);
  const createEnvelope = findEnvelope(document, names, listPost, ['201', '200'], () => true);

  const schemaNames: CatalogueObject['schemaNames'] = {
    ...(create.name !== undefined ? { create: create.name } : {}),
    ...(update.name !== undefined ? { update: update.name } : {}),
    ...(response.name !== undefined ? { response: response.name } : {}),
  };
  const singular =
    singularFromOperationIds([oneGet.operationId, listPost.operationId, asRecord(oneItem.delete).operationId]) ??
    oneEnvelope?.key ??
    singularFromSchemaName(response.name ?? create.name) ??
    plural;

  return {
    object: {
      plural,
      singular,
      listPath: path,
      onePath,
      batchPath,
      listParameters: listOperationParameters(document, paths, path)
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => parameter.name),
      schemaNames,
      envelopeKeys: {
        list: listEnvelope.key,
        ...(oneEnvelope !== null ? { one: oneEnvelope.key } : {}),
        ...(createEnvelope !== null ? { create: createEnvelope.key } : {}),
      },
    },
    responseProperties: asRecord(response.node.properties),
    createProperties: asRecord(create.node.properties),
  };
}

function buildFields(draft: ObjectDraft, base: KindContext, filterStatement: Comparator[] | undefined): CatalogueField[] {
  const siblings = { ...draft.createProperties, ...draft.responseProperties };
  const ctx: KindContext = { ...base, siblings };
  // Response order first (it is the fullest), then anything only the create schema has.
  const order = [
    ...Object.keys(draft.responseProperties),
    ...Object.keys(draft.createProperties).filter((name) => !(name in draft.responseProperties)),
  ];
  return order.map((name) =>
    withStatedComparators(
      {
        name,
        ...inferField(name, siblings[name], ctx),
        writable: Object.prototype.hasOwnProperty.call(draft.createProperties, name),
      },
      siblings[name],
      ctx,
      filterStatement,
    ),
  );
}

/** Comparators as the document states them (the field's description, the filter parameter), else the contract's. */
function withStatedComparators(field: CatalogueField, rawSchema: unknown, ctx: KindContext, filterStatement: Comparator[] | undefined): CatalogueField {
  const schema = resolveNode(ctx.document, rawSchema, ctx.names).node;
  const fieldStatement = statedComparators(asString(schema.description));
  const properties = asRecord(schema.properties);
  const decide = (contract: readonly Comparator[], own: Comparator[] | undefined) =>
    comparatorsFromDocument(contract, {
      ...(own !== undefined ? { field: own } : {}),
      ...(filterStatement !== undefined ? { filterParameter: filterStatement } : {}),
    });
  const subFields = field.subFields?.map((sub) => {
    const own = statedComparators(asString(resolveNode(ctx.document, properties[sub.name], ctx.names).node.description)) ?? fieldStatement;
    return { ...sub, comparators: sub.comparators.length === 0 ? [] : decide(sub.comparators, own).comparators };
  });
  // A field the contract cannot filter (a relation object, a composite) stays unfilterable.
  const comparators = field.comparators.length === 0 ? [] : decide(field.comparators, fieldStatement).comparators;
  return { ...field, comparators, ...(subFields !== undefined ? { subFields } : {}) };
}

/** The `data.<key>` of an operation's JSON response whose schema passes `accept`. */
function findEnvelope(
  document: JsonObject,
  names: Map<object, string>,
  operation: JsonObject,
  statuses: string[],
  accept: (schema: unknown) => boolean,
): { key: string; schema: unknown } | null {
  const responses = asRecord(operation.responses);
  for (const status of statuses) {
    const response = resolveNode(document, responses[status], names).node;
    const body = resolveNode(document, asRecord(asRecord(asRecord(response.content)['application/json']).schema), names).node;
    const data = resolveNode(document, asRecord(body.properties).data, names).node;
    for (const [key, schema] of Object.entries(asRecord(data.properties))) {
      if (accept(schema)) return { key, schema };
    }
  }
  return null;
}

function isArraySchema(document: JsonObject, names: Map<object, string>, schema: unknown): boolean {
  const node = resolveNode(document, schema, names).node;
  return node.type === 'array' || (Array.isArray(node.type) && node.type.includes('array')) || isRecord(node.items);
}

function requestBodySchema(operation: JsonObject): unknown {
  return asRecord(asRecord(asRecord(operation.requestBody).content)['application/json']).schema;
}

const SINGULAR_OPERATION = /^(?:findOne|createOne|deleteOne|updateOne|UpdateOne)(.+)$/;

function singularFromOperationIds(operationIds: unknown[]): string | undefined {
  for (const operationId of operationIds) {
    const match = typeof operationId === 'string' ? SINGULAR_OPERATION.exec(operationId) : null;
    if (match?.[1] !== undefined) return lowerFirst(match[1]);
  }
  return undefined;
}

/** `CompanyForResponse`, `Company for Response`, `Company with Relations`, `Company` → `company`. */
export function singularFromSchemaName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const base = name.replace(/\s*(?:ForResponse|ForUpdate|for Response|for Update|with Relations)$/i, '').trim();
  return base === '' ? undefined : lowerFirst(base.replace(/\s+/g, ''));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface ParameterInfo {
  name: string;
  in: string;
  schema: JsonObject;
  description?: string;
}

function toParameter(document: JsonObject, raw: unknown): ParameterInfo | null {
  const node = resolveNode(document, raw).node;
  const name = asString(node.name);
  if (name === undefined) return null;
  const description = asString(node.description);
  return { name, in: asString(node.in) ?? '', schema: resolveNode(document, node.schema).node, ...(description !== undefined ? { description } : {}) };
}

export function listOperationParameters(document: JsonObject, paths: JsonObject, path: string): ParameterInfo[] {
  const item = asRecord(paths[path]);
  const raw = [
    ...(Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(asRecord(item.get).parameters) ? (asRecord(item.get).parameters as unknown[]) : []),
  ];
  return raw.map((entry) => toParameter(document, entry)).filter((entry): entry is ParameterInfo => entry !== null);
}

function componentParameters(document: JsonObject): ParameterInfo[] {
  return Object.values(asRecord(asRecord(document.components).parameters))
    .map((entry) => toParameter(document, entry))
    .filter((entry): entry is ParameterInfo => entry !== null);
}

/** A parameter's schema as the list operations use it, else as components declare it. */
function findParameterSchema(document: JsonObject, listParameters: ParameterInfo[], name: string): JsonObject {
  const used = listParameters.find((parameter) => parameter.name === name);
  if (used !== undefined) return used.schema;
  return componentParameters(document).find((parameter) => parameter.name === name)?.schema ?? {};
}

function serverUrls(document: JsonObject): string[] {
  if (!Array.isArray(document.servers)) return [];
  return document.servers.map((server) => asString(asRecord(server).url)).filter((url): url is string => url !== undefined);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** All operations of the document with their path and method, for lint rules. */
export function allOperations(document: JsonObject): { path: string; method: string; operation: JsonObject }[] {
  const out: { path: string; method: string; operation: JsonObject }[] = [];
  for (const [path, item] of Object.entries(asRecord(document.paths))) {
    for (const method of HTTP_METHODS) {
      const operation = asRecord(item)[method];
      if (isRecord(operation)) out.push({ path, method, operation });
    }
  }
  return out;
}
