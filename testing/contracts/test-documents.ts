// Small hand-written OpenAPI documents in the shape Twenty generates (contract
// §7), with its known defects, for the validator's tests.

const UUID_CURSOR = { type: 'string', format: 'uuid' };

/** OpenAPI 3.1 like the 2026 Twenty document: uuid cursors, no hasPreviousPage, `message` in 401. */
export function twentyLike31(): Record<string, unknown> {
  return {
    openapi: '3.1.1',
    info: { title: 'Twenty Api', version: 'v0.1' },
    paths: {
      '/companies': {
        get: {
          operationId: 'findManyCompanies',
          responses: {
            '200': {
              description: 'Successful operation',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      data: { type: 'object', properties: { companies: { type: 'array', items: { $ref: '#/components/schemas/CompanyForResponse' } } } },
                      pageInfo: { type: 'object', properties: { hasNextPage: { type: 'boolean' }, startCursor: UUID_CURSOR, endCursor: UUID_CURSOR } },
                      totalCount: { type: 'integer' },
                    },
                  },
                },
              },
            },
            '400': { $ref: '#/components/responses/400' },
            '401': { $ref: '#/components/responses/401' },
          },
        },
      },
      '/companies/{id}': {
        get: {
          operationId: 'findOneCompany',
          responses: {
            '200': {
              description: 'Successful operation',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { data: { type: 'object', properties: { company: { $ref: '#/components/schemas/CompanyForResponse' } } } } },
                },
              },
            },
            '400': { $ref: '#/components/responses/400' },
            '401': { $ref: '#/components/responses/401' },
          },
        },
      },
    },
    components: {
      schemas: {
        CompanyForResponse: {
          type: 'object',
          example: { name: 'Acme' },
          properties: {
            id: { type: 'string', format: 'uuid' },
            name: { type: 'string' },
            employees: { type: 'integer' },
            // This document does express nullability (like the reference), so no widening.
            deletedAt: { type: ['string', 'null'], format: 'date-time' },
            people: { type: 'array', items: { $ref: '#/components/schemas/PersonForResponse' } },
          },
        },
        PersonForResponse: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            companyId: { type: ['string', 'null'], format: 'uuid' },
            company: { type: 'object', oneOf: [{ $ref: '#/components/schemas/CompanyForResponse' }] },
          },
        },
      },
      responses: {
        '400': {
          description: 'Bad Request',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { statusCode: { type: 'number' }, messages: { type: 'array', items: { type: 'string' } }, error: { type: 'string' } },
                example: { statusCode: 400, message: 'error message', error: 'Bad Request' },
              },
            },
          },
        },
        '401': {
          description: 'Unauthorized',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { statusCode: { type: 'number' }, message: { type: 'string' }, error: { type: 'string' } },
                example: { statusCode: 401, message: 'Token invalid.', error: 'Unauthorized' },
              },
            },
          },
        },
      },
    },
  };
}

/** OpenAPI 3.0 with draft-04 style keywords. */
export function openapi30(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Twenty Api', version: '0.2.0' },
    paths: {
      '/people/{id}': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { data: { type: 'object', properties: { person: { $ref: '#/components/schemas/Person' } } } } },
                },
              },
            },
            '4XX': { description: 'client error', content: { 'application/json': { schema: { type: 'object', properties: { error: { type: 'string' } } } } } },
            default: { description: 'anything else' },
          },
        },
      },
    },
    components: {
      schemas: {
        Person: {
          type: 'object',
          xml: { name: 'person' },
          discriminator: { propertyName: 'kind' },
          properties: {
            id: { type: 'string', format: 'uuid', example: 'not a uuid' },
            city: { type: 'string', nullable: true },
            position: { type: 'number', minimum: 0, exclusiveMinimum: true },
            jobTitle: { type: 'string' },
            'x-internal': { type: 'integer', 'x-note': 'vendor extension' },
          },
        },
      },
    },
  };
}

export const RECORD_ID = '20202020-1111-4000-8000-000000000001';
export const CURSOR = Buffer.from(JSON.stringify({ id: RECORD_ID })).toString('base64');

export function listBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    data: { companies: [{ id: RECORD_ID, name: 'Acme', employees: 12, deletedAt: null }] },
    totalCount: 1,
    pageInfo: { startCursor: CURSOR, endCursor: CURSOR, hasNextPage: false, hasPreviousPage: false },
    ...overrides,
  };
}
