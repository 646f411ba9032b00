// components.parameters and components.responses as Twenty documents them
// (contract §7.3, §6.2), including its known inaccuracies: depth says default 1
// (the server defaults to 0) and the error examples use `message`, not `messages`.

export interface ParameterLimits {
  defaultLimit: number;
  maxLimit: number;
}

/** `idOptional`: the `openapi-path-id-optional` fault (a path parameter written required: false). */
export function coreParameters(limits: ParameterLimits, options: { idOptional?: boolean } = {}): Record<string, unknown> {
  const cursorHelp = (direction: string) =>
    `Returns objects ${direction} a specific cursor. You can find cursors in **startCursor** and **endCursor** in **pageInfo** in response data`;
  return {
    idPath: { name: 'id', in: 'path', description: 'Object id.', required: !options.idOptional, schema: { type: 'string', format: 'uuid' } },
    startingAfter: { name: 'starting_after', in: 'query', description: cursorHelp('starting after'), required: false, schema: { type: 'string' } },
    endingBefore: { name: 'ending_before', in: 'query', description: cursorHelp('ending before'), required: false, schema: { type: 'string' } },
    filter: {
      name: 'filter',
      in: 'query',
      description:
        'Format: field[COMPARATOR]:value,field2[COMPARATOR]:value2. For like/ilike, use % as a wildcard (e.g. %value% for substring match). Refer to the filter section at the top of the page for more details.',
      required: false,
      schema: { type: 'string' },
      examples: {
        simple: { value: 'createdAt[gte]:"2023-01-01"', description: 'A simple filter param' },
        simpleNested: { value: 'emails.primaryEmail[eq]:foo99@example.com', description: 'A simple composite type filter param' },
        complex: {
          value: 'or(createdAt[gte]:"2024-01-01",createdAt[lte]:"2023-01-01",not(id[is]:NULL))',
          description: 'A more complex filter param',
        },
        like: { value: 'name[like]:"%value%"', description: 'A like filter param' },
      },
    },
    depth: {
      name: 'depth',
      in: 'query',
      description:
        'Determines the level of nested related objects to include in the response.\n    - 0: Primary object only\n    - 1: Primary object + direct relations',
      required: false,
      schema: { type: 'integer', enum: [0, 1], default: 1 },
    },
    upsert: {
      name: 'upsert',
      in: 'query',
      description: 'If true, creates the object or updates it if it already exists.',
      required: false,
      schema: { type: 'boolean', default: false },
    },
    softDelete: {
      name: 'soft_delete',
      in: 'query',
      description: 'If true, soft deletes the objects. If false, objects are permanently deleted.',
      required: false,
      schema: { type: 'boolean', default: false },
    },
    orderBy: {
      name: 'order_by',
      in: 'query',
      description:
        'Format: **field_name_1,field_name_2[DIRECTION_2]** Refer to the filter section at the top of the page for more details.',
      required: false,
      schema: { type: 'string' },
      examples: {
        simple: { value: 'createdAt', summary: 'A simple order_by param' },
        complex: { value: 'id[AscNullsFirst],createdAt[DescNullsLast]', summary: 'A more complex order_by param' },
      },
    },
    limit: {
      name: 'limit',
      in: 'query',
      description: 'Limits the number of objects returned.',
      required: false,
      schema: { type: 'integer', minimum: 0, maximum: limits.maxLimit, default: limits.defaultLimit },
    },
    fields: {
      name: 'fields',
      in: 'query',
      description: 'Comma-separated field names to return (`id` is always returned), e.g. fields=id,name. An unknown field is a 400.',
      required: false,
      schema: { type: 'string' },
    },
  };
}

function errorResponse(description: string, status: number, message: string, error: string) {
  return {
    description,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            statusCode: { type: 'number' },
            messages: { type: 'array', items: { type: 'string' } },
            error: { type: 'string' },
          },
          example: { statusCode: status, message, error },
        },
      },
    },
  };
}

export function errorResponses(): Record<string, unknown> {
  return {
    '400': errorResponse('Bad Request', 400, 'error message', 'Bad Request'),
    '401': errorResponse('Unauthorized', 401, 'Token invalid.', 'Unauthorized'),
  };
}

export const errorRefs = {
  '400': { $ref: '#/components/responses/400' },
  '401': { $ref: '#/components/responses/401' },
};
