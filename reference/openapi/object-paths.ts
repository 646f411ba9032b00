// The per-object paths of the core document (contract §7.2), relative to the
// `/rest/` server. Only routes the reference serves are documented; the list
// response keeps Twenty's own defects (cursors typed as UUIDs, no
// hasPreviousPage) because a real document carries them (§7.5).
import type { ObjectDef } from '../datamodel/types.ts';
import { capitalize } from '../http/envelopes.ts';
import { errorRefs } from './components.ts';

const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });

function jsonContent(schema: unknown) {
  return { 'application/json': { schema } };
}

function dataResponse(description: string, key: string, schema: unknown) {
  return {
    description,
    content: jsonContent({ type: 'object', properties: { data: { type: 'object', properties: { [key]: schema } } } }),
  };
}

function body(schema: unknown) {
  return { description: 'body', required: true, content: jsonContent(schema) };
}

export function objectPaths(object: ObjectDef): Record<string, unknown> {
  const singular = capitalize(object.nameSingular);
  const plural = capitalize(object.namePlural);
  const tags = [object.namePlural];
  const forResponse = ref(`${singular}ForResponse`);
  const idOnly = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } };
  const ok = (key: string, schema: unknown) => ({ '200': dataResponse('Successful operation', key, schema), ...errorRefs });
  const created = (key: string, schema: unknown) => ({ '201': dataResponse('Successful operation', key, schema), ...errorRefs });

  const findMany = {
    tags,
    summary: `Find Many ${object.namePlural}`,
    description: `**order_by**, **filter**, **limit**, **depth**, **starting_after** or **ending_before** can be provided to request your **${object.namePlural}**`,
    operationId: `findMany${plural}`,
    parameters: ['orderBy', 'filter', 'limit', 'depth', 'startingAfter', 'endingBefore', 'fields'].map(param),
    responses: {
      '200': {
        description: 'Successful operation',
        content: jsonContent({
          type: 'object',
          properties: {
            data: { type: 'object', properties: { [object.namePlural]: { type: 'array', items: forResponse } } },
            pageInfo: {
              type: 'object',
              properties: {
                hasNextPage: { type: 'boolean' },
                startCursor: { type: 'string', format: 'uuid' },
                endCursor: { type: 'string', format: 'uuid' },
              },
            },
            totalCount: { type: 'integer' },
          },
        }),
      },
      ...errorRefs,
    },
  };

  const groupByPaths = {
    [`/${object.namePlural}/groupBy`]: {
      get: {
        tags,
        summary: `Group By ${object.namePlural}`,
        description: `**group_by** (required), **aggregate**, **filter**, **limit**, **include_records_sample** and **order_by_for_records** can be provided to group your **${object.namePlural}**`,
        operationId: `groupBy${plural}`,
        parameters: [
          { name: 'group_by', in: 'query', required: true, description: 'A JSON array of the fields to group by, e.g. [{"stage": true}, {"name": {"lastName": true}}]', schema: { type: 'string' } },
          { name: 'aggregate', in: 'query', required: false, description: 'A JSON array of aggregate names, e.g. ["totalCount", "countNotEmptyId"]', schema: { type: 'string' } },
          param('filter'),
          { name: 'limit', in: 'query', required: false, description: 'Limits the number of groups returned.', schema: { type: 'integer', minimum: 0, maximum: 200, default: 50 } },
          { name: 'include_records_sample', in: 'query', required: false, schema: { type: 'boolean', default: false } },
          { name: 'order_by_for_records', in: 'query', required: false, description: 'The order of the records sample of each group (order_by syntax).', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'Successful operation',
            content: jsonContent({
              type: 'array',
              items: {
                type: 'object',
                properties: { groupByDimensionValues: { type: 'array', items: {} }, records: { type: 'array', items: forResponse } },
                required: ['groupByDimensionValues'],
                additionalProperties: true,
              },
            }),
          },
          ...errorRefs,
        },
      },
    },
  };

  const duplicatesAndMerge = {
    [`/${object.namePlural}/duplicates`]: {
      post: {
        tags,
        summary: `Find ${object.nameSingular} Duplicates.`,
        description: '**data** (an array of records) or **ids** (an array of record ids) to find duplicates of',
        operationId: `find${singular}Duplicates`,
        parameters: [param('depth')],
        requestBody: body({ type: 'object', properties: { data: { type: 'array', items: ref(singular) }, ids: { type: 'array', items: { type: 'string', format: 'uuid' } } } }),
        responses: {
          '200': {
            description: 'Successful operation',
            content: jsonContent({
              type: 'object',
              properties: {
                data: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      [`${object.nameSingular}Duplicates`]: { type: 'array', items: forResponse },
                      totalCount: { type: 'integer' },
                      pageInfo: { type: 'object', properties: { hasNextPage: { type: 'boolean' }, startCursor: { type: 'string', format: 'uuid' }, endCursor: { type: 'string', format: 'uuid' } } },
                    },
                  },
                },
              },
            }),
          },
          ...errorRefs,
        },
      },
    },
    [`/${object.namePlural}/merge`]: {
      patch: {
        tags,
        summary: `Merge Many ${object.namePlural}`,
        operationId: `mergeMany${plural}`,
        parameters: [param('depth')],
        requestBody: body({
          type: 'object',
          properties: {
            ids: { type: 'array', items: { type: 'string', format: 'uuid' } },
            conflictPriorityIndex: { type: 'integer', minimum: 0 },
            dryRun: { type: 'boolean', default: false },
          },
          required: ['ids', 'conflictPriorityIndex'],
        }),
        responses: ok(`merge${singular}`, forResponse),
      },
    },
  };

  return {
    [`/${object.namePlural}`]: {
      get: findMany,
      post: {
        tags,
        summary: `Create One ${object.nameSingular}`,
        operationId: `createOne${singular}`,
        parameters: [param('depth'), param('upsert'), param('fields')],
        requestBody: body(ref(singular)),
        responses: created(`create${singular}`, forResponse),
      },
      delete: {
        tags,
        summary: `Delete Many ${object.namePlural}`,
        operationId: `deleteMany${plural}`,
        parameters: [param('filter'), param('softDelete')],
        responses: ok(`delete${plural}`, { type: 'array', items: idOnly }),
      },
      patch: {
        tags,
        summary: `Update Many ${object.namePlural}`,
        operationId: `updateMany${plural}`,
        parameters: [param('depth'), param('filter')],
        requestBody: body(ref(`${singular}ForUpdate`)),
        responses: ok(`update${plural}`, { type: 'array', items: forResponse }),
      },
    },
    [`/batch/${object.namePlural}`]: {
      post: {
        tags,
        summary: `Create Many ${object.namePlural}`,
        operationId: `createMany${plural}`,
        parameters: [param('depth'), param('upsert')],
        requestBody: body({ type: 'array', items: ref(singular) }),
        responses: created(`create${plural}`, { type: 'array', items: forResponse }),
      },
    },
    [`/${object.namePlural}/{id}`]: {
      get: {
        tags,
        summary: `Find One ${object.nameSingular}`,
        description: `**depth** can be provided to request your **${object.nameSingular}**`,
        operationId: `findOne${singular}`,
        parameters: [param('idPath'), param('depth'), param('fields')],
        responses: ok(object.nameSingular, forResponse),
      },
      delete: {
        tags,
        summary: `Delete One ${object.nameSingular}`,
        operationId: `deleteOne${singular}`,
        parameters: [param('idPath'), param('softDelete')],
        responses: ok(`delete${singular}`, idOnly),
      },
      patch: {
        tags,
        summary: `Update One ${object.nameSingular}`,
        // Twenty's own capital U, kept because clients generate method names from it.
        operationId: `UpdateOne${singular}`,
        parameters: [param('idPath'), param('depth'), param('fields')],
        requestBody: body(ref(`${singular}ForUpdate`)),
        responses: ok(`update${singular}`, forResponse),
      },
    },
    ...groupByPaths,
    ...duplicatesAndMerge,
  };
}
