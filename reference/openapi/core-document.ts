// The document served at /rest/open-api/core (contract §7). Without a valid
// header token it is the base document only; with one, the workspace's paths,
// parameters, responses and schemas are added.
import { readFileSync } from 'node:fs';
import type { Datamodel } from '../datamodel/types.ts';
import { coreParameters, errorResponses, type ParameterLimits } from './components.ts';
import { objectPaths } from './object-paths.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { objectSchemas } from './object-schemas.ts';

let cachedDescription: string | undefined;

/** The normative prose Twenty publishes in info.description, kept beside this file. */
export function seedDescription(): string {
  cachedDescription ??= readFileSync(new URL('./seed-description.md', import.meta.url), 'utf8');
  return cachedDescription;
}

/** The prose with the page-size sentence stating this deployment's own default and maximum. */
export function descriptionFor(limits: ParameterLimits): string {
  return seedDescription().replace(/\(default: \d+, max: \d+\)/, `(default: ${limits.defaultLimit}, max: ${limits.maxLimit})`);
}

export type DocumentKind = 'core' | 'metadata';

function openApiSchemaPath(kind: DocumentKind, origin: string) {
  return {
    [`/open-api/${kind}`]: {
      get: {
        tags: ['General'],
        summary: 'Get Open Api Schema',
        operationId: 'GetOpenApiSchema',
        servers: [{ url: origin }],
        responses: {
          '200': {
            description: 'Successful operation',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    openapi: { type: 'string' },
                    info: { type: 'object' },
                    servers: { type: 'array', items: { type: 'object' } },
                    components: { type: 'object' },
                    paths: { type: 'object' },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}

/** Top level shared by both documents; `origin` is protocol://host of the request. */
export function baseDocument(kind: DocumentKind, origin: string): Record<string, unknown> {
  return {
    openapi: '3.1.1',
    info: {
      title: 'Twenty Api',
      description: seedDescription(),
      termsOfService: 'https://github.com/twentyhq/twenty?tab=coc-ov-file#readme',
      contact: { email: 'felix@twenty.com' },
      license: { name: 'AGPL-3.0', url: 'https://github.com/twentyhq/twenty?tab=License-1-ov-file#readme' },
      version: 'v0.1',
    },
    servers: [{ url: kind === 'core' ? `${origin}/rest/` : `${origin}/rest/metadata`, description: 'Production Development' }],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          // Twenty's text, wrong as it is: with the colon the token is not recognised (§2.1).
          description: 'Enter the token with the `Bearer: ` prefix, e.g. "Bearer abcde12345".',
        },
      },
    },
    security: [{ bearerAuth: [] }],
    externalDocs: { description: 'Find out more about **Twenty**', url: 'https://twenty.com' },
    paths: openApiSchemaPath(kind, origin),
  };
}

export function fullCoreDocument(model: Datamodel, origin: string, limits: ParameterLimits, fault?: ActiveFault): Record<string, unknown> {
  const document = baseDocument('core', origin);
  (document['info'] as Record<string, unknown>)['description'] = descriptionFor(limits);
  const objects = [...model.objects].sort((a, b) => a.namePlural.localeCompare(b.namePlural));
  const base = document['components'] as Record<string, unknown>;
  document['components'] = {
    ...base,
    schemas: Object.assign({}, ...objects.map(objectSchemas)),
    parameters: coreParameters(limits, { idOptional: fault?.is('openapi-path-id-optional') ?? false }),
    responses: errorResponses(),
  };
  document['paths'] = Object.assign({}, document['paths'], ...objects.map(objectPaths));
  document['tags'] = [
    { name: 'General', description: 'General requests' },
    ...objects.map((object) => ({ name: object.namePlural, description: `Object \`${object.labelSingular}\`` })),
  ];
  return document;
}
