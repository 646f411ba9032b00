// /rest/open-api/metadata (and /open-api/metadata): the metadata document for
// every resource the reference serves (contract §1.5, §1.6), on the shared base:
// list (limit default and maximum 1000, raw-UUID cursors, the parent filter),
// create, get one, update, delete, and a response schema per resource.
import type { ActiveFault } from '../faults/catalogue.ts';
import { METADATA_LIMIT } from '../http/metadata-routes.ts';
import { METADATA_RESOURCES, type MetadataResource } from '../metadata/resources.ts';
import { errorRefs, errorResponses } from './components.ts';
import { baseDocument } from './core-document.ts';

const nullableString = { type: ['string', 'null'] };
const uuid = { type: 'string', format: 'uuid' };
const anyValue = {};

const schemaName = (resource: MetadataResource) => `${resource.name.charAt(0).toUpperCase()}${resource.name.slice(1, -1)}ForResponse`;

function itemSchema(resource: MetadataResource): Record<string, unknown> {
  const properties: Record<string, unknown> = { id: uuid, createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' } };
  if (resource.parent) properties[resource.parent.key] = uuid;
  for (const key of [...resource.required, ...Object.keys(resource.defaults)]) properties[key] ??= anyValue;
  if (resource.name === 'objects') {
    Object.assign(properties, {
      nameSingular: { type: 'string' },
      namePlural: { type: 'string' },
      labelSingular: { type: 'string' },
      labelPlural: { type: 'string' },
      description: nullableString,
      isCustom: { type: 'boolean' },
      isActive: { type: 'boolean' },
      isSystem: { type: 'boolean' },
      isRemote: { type: 'boolean' },
      fields: { type: 'array', items: { $ref: '#/components/schemas/FieldForResponse' } },
    });
  }
  if (resource.name === 'fields') {
    Object.assign(properties, {
      name: { type: 'string' },
      label: { type: 'string' },
      type: { type: 'string' },
      isCustom: { type: 'boolean' },
      isActive: { type: 'boolean' },
      isSystem: { type: 'boolean' },
      isNullable: { type: 'boolean' },
      isUnique: { type: 'boolean' },
      options: { type: ['array', 'null'] },
      relation: { type: ['object', 'null'] },
    });
  }
  return { type: 'object', required: ['id'], properties };
}

const pageInfo = {
  type: 'object',
  properties: { hasNextPage: { type: 'boolean' }, hasPreviousPage: { type: 'boolean' }, startCursor: nullableString, endCursor: nullableString },
};

const json = (schema: unknown) => ({ 'application/json': { schema } });

function resourcePaths(resource: MetadataResource, fault: ActiveFault): Record<string, unknown> {
  const item = { $ref: `#/components/schemas/${schemaName(resource)}` };
  const listSchema = fault.is('metadata-document-broken-ref')
    ? { $ref: `#/components/schemas/${schemaName(resource)}List` }
    : { type: 'object', properties: { data: { type: 'array', items: item }, pageInfo, totalCount: { type: 'integer' } } };
  const parentParameter = resource.parent
    ? [{ name: resource.parent.key, in: 'query', required: false, description: `Only the ${resource.name} of this parent.`, schema: uuid }]
    : [];
  const tags = [resource.name];
  const body = { required: true, content: json({ type: 'object' }) };
  return {
    [`/${resource.name}`]: {
      get: {
        tags,
        summary: `Find Many ${resource.name}`,
        operationId: `findMany${resource.name.charAt(0).toUpperCase()}${resource.name.slice(1)}`,
        parameters: [...['limit', 'startingAfter', 'endingBefore'].map((name) => ({ $ref: `#/components/parameters/${name}` })), ...parentParameter],
        responses: { '200': { description: 'Successful operation', content: json(listSchema) }, ...errorRefs },
      },
      post: {
        tags,
        summary: `Create One ${resource.label}`,
        requestBody: body,
        responses: { '201': { description: 'Successful operation', content: json(item) }, ...errorRefs },
      },
    },
    [`/${resource.name}/{id}`]: {
      parameters: [{ $ref: '#/components/parameters/idPath' }],
      get: { tags, summary: `Find One ${resource.label}`, responses: { '200': { description: 'Successful operation', content: json(item) }, ...errorRefs } },
      patch: { tags, summary: `Update One ${resource.label}`, requestBody: body, responses: { '200': { description: 'Successful operation', content: json(item) }, ...errorRefs } },
      delete: { tags, summary: `Delete One ${resource.label}`, responses: { '200': { description: 'Successful operation', content: json({ type: 'object' }) }, ...errorRefs } },
    },
  };
}

export function fullMetadataDocument(origin: string, fault: ActiveFault): Record<string, unknown> {
  const document = baseDocument('metadata', origin);
  const schemas: Record<string, unknown> = {};
  for (const resource of METADATA_RESOURCES) schemas[schemaName(resource)] = itemSchema(resource);
  document['components'] = {
    ...(document['components'] as Record<string, unknown>),
    schemas,
    parameters: {
      idPath: { name: 'id', in: 'path', description: 'Item id.', required: true, schema: uuid },
      limit: {
        name: 'limit',
        in: 'query',
        description: 'Limits the number of items returned.',
        required: false,
        schema: { type: 'integer', minimum: 0, maximum: METADATA_LIMIT.maxLimit, default: METADATA_LIMIT.defaultLimit },
      },
      startingAfter: { name: 'starting_after', in: 'query', description: 'The id of the item to start after (endCursor of a page).', required: false, schema: { type: 'string', format: 'uuid' } },
      endingBefore: { name: 'ending_before', in: 'query', description: 'The id of the item to end before (startCursor of a page).', required: false, schema: { type: 'string', format: 'uuid' } },
    },
    responses: errorResponses(),
  };
  document['paths'] = {
    ...(document['paths'] as Record<string, unknown>),
    ...Object.assign({}, ...METADATA_RESOURCES.map((resource) => resourcePaths(resource, fault))),
  };
  // `metadata-servers-core-url`: the generator reuses the core document's servers entry.
  if (fault.is('metadata-servers-core-url')) document['servers'] = [{ url: `${origin}/rest/`, description: 'Production Development' }];
  document['tags'] = [{ name: 'General', description: 'General requests' }, ...METADATA_RESOURCES.map((resource) => ({ name: resource.name, description: `${resource.label} metadata` }))];
  return document;
}
