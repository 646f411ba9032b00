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

  return {
    [`/${object.namePlural}`]: {
      get: findMany,
      post: {
        tags,
        summary: `Create One ${object.nameSingular}`,
        operationId: `createOne${singular}`,
        parameters: [param('depth'), param('upsert')],
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
        parameters: [param('idPath'), param('depth')],
        requestBody: body(ref(`${singular}ForUpdate`)),
        responses: ok(`update${singular}`, forResponse),
      },
    },
  };
}
