// /rest/open-api/metadata: a small, honest document for the one metadata route
// the reference serves (GET /rest/metadata/objects), on the shared base.
import { METADATA_LIMIT } from '../http/metadata-objects.ts';
import { errorRefs, errorResponses } from './components.ts';
import { baseDocument } from './core-document.ts';

const nullableString = { type: ['string', 'null'] };

export function fullMetadataDocument(origin: string): Record<string, unknown> {
  const document = baseDocument('metadata', origin);
  const field = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      name: { type: 'string' },
      type: { type: 'string' },
      description: nullableString,
      isNullable: { type: 'boolean' },
      isSystem: { type: 'boolean' },
      isCustom: { type: 'boolean' },
      options: { type: ['array', 'null'] },
      relation: { type: ['object', 'null'] },
    },
  };
  const object = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      nameSingular: { type: 'string' },
      namePlural: { type: 'string' },
      labelSingular: { type: 'string' },
      description: { type: 'string' },
      isCustom: { type: 'boolean' },
      isActive: { type: 'boolean' },
      fields: { type: 'array', items: { $ref: '#/components/schemas/FieldForResponse' } },
    },
  };
  document['components'] = {
    ...(document['components'] as Record<string, unknown>),
    schemas: { ObjectForResponse: object, FieldForResponse: field },
    parameters: {
      limit: {
        name: 'limit',
        in: 'query',
        description: 'Limits the number of objects returned.',
        required: false,
        schema: { type: 'integer', minimum: 0, maximum: METADATA_LIMIT.maxLimit, default: METADATA_LIMIT.defaultLimit },
      },
      startingAfter: { name: 'starting_after', in: 'query', description: 'An object id to start after.', required: false, schema: { type: 'string', format: 'uuid' } },
      endingBefore: { name: 'ending_before', in: 'query', description: 'An object id to end before.', required: false, schema: { type: 'string', format: 'uuid' } },
    },
    responses: errorResponses(),
  };
  document['paths'] = {
    ...(document['paths'] as Record<string, unknown>),
    '/objects': {
      get: {
        tags: ['objects'],
        summary: 'Find Many objects',
        operationId: 'findManyObjects',
        parameters: ['limit', 'startingAfter', 'endingBefore'].map((name) => ({ $ref: `#/components/parameters/${name}` })),
        responses: {
          '200': {
            description: 'Successful operation',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: { type: 'array', items: { $ref: '#/components/schemas/ObjectForResponse' } },
                    pageInfo: {
                      type: 'object',
                      properties: {
                        hasNextPage: { type: 'boolean' },
                        hasPreviousPage: { type: 'boolean' },
                        startCursor: nullableString,
                        endCursor: nullableString,
                      },
                    },
                    totalCount: { type: 'integer' },
                  },
                },
              },
            },
          },
          ...errorRefs,
        },
      },
    },
  };
  document['tags'] = [{ name: 'General', description: 'General requests' }, { name: 'objects', description: 'Object metadata' }];
  return document;
}
