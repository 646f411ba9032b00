// The generated documents: shape of contract §7, validity (swagger-parser),
// base vs full document by header token, and that real responses of the
// reference fit the ForResponse schemas it publishes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';
import { fullCoreDocument } from './core-document.ts';
import { fieldProperties } from './field-schema.ts';

const clone = <T>(value: T): T => structuredClone(value);

describe('field kinds → JSON Schema (§7.4)', () => {
  const company = STANDARD_DATAMODEL.objects.find((object) => object.nameSingular === 'company')!;
  const field = (name: string) => company.fields.find((candidate) => candidate.name === name)!;

  test('scalars follow the table; nullable fields admit null only in responses', () => {
    assert.deepEqual(fieldProperties(field('employees'), 'write'), {
      employees: { type: 'integer', description: 'Number of employees in the company' },
    });
    assert.deepEqual(fieldProperties(field('employees'), 'response')['employees'], {
      type: ['integer', 'null'],
      description: 'Number of employees in the company',
    });
    assert.equal((fieldProperties(field('healthScore'), 'write')['healthScore'] as { type: string }).type, 'number');
    assert.deepEqual(fieldProperties(field('tier'), 'write')['tier'], {
      type: 'string',
      enum: ['RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5'],
      description: 'Account tier',
    });
  });

  test('a many-to-one relation gives its join column, and the record in responses only', () => {
    assert.deepEqual(Object.keys(fieldProperties(field('accountOwner'), 'write')), ['accountOwnerId']);
    const response = fieldProperties(field('accountOwner'), 'response');
    assert.deepEqual(Object.keys(response).sort(), ['accountOwner', 'accountOwnerId']);
    assert.deepEqual((response['accountOwner'] as { oneOf: unknown[] }).oneOf[0], {
      $ref: '#/components/schemas/WorkspaceMemberForResponse',
    });
  });

  test('a one-to-many relation appears only in responses, as an array of refs', () => {
    assert.deepEqual(fieldProperties(field('people'), 'write'), {});
    assert.deepEqual(fieldProperties(field('people'), 'response')['people'], {
      type: 'array',
      items: { $ref: '#/components/schemas/PersonForResponse' },
      description: 'People linked to the company.',
    });
  });
});

describe('documents over HTTP (§1.6, §7)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ maxLimit: 60 });
  });
  after(() => server.stop());

  const getDoc = (path: string, token?: string) =>
    call(server.baseUrl, 'GET', path, token === undefined ? {} : { token });

  test('without a header token every alias answers 200 with the base document only', async () => {
    for (const path of ['/rest/open-api/core', '/open-api/core', `/rest/open-api/core?token=${server.apiKey}`]) {
      const response = await getDoc(path);
      assert.equal(response.status, 200, path);
      assert.deepEqual(Object.keys(response.body.paths), ['/open-api/core'], path);
      assert.equal(response.body.components.schemas, undefined);
    }
    const invalid = await getDoc('/rest/open-api/core', 'not-a-token');
    assert.deepEqual(Object.keys(invalid.body.paths), ['/open-api/core']);
  });

  test('the base document carries the seed prose and Twenty top level', async () => {
    const { body } = await getDoc('/open-api/core');
    const seed = readFileSync(new URL('./seed-description.md', import.meta.url), 'utf8');
    assert.equal(body.openapi, '3.1.1');
    assert.equal(body.info.title, 'Twenty Api');
    assert.equal(body.info.version, 'v0.1');
    assert.equal(body.info.description, seed);
    assert.deepEqual(body.servers, [{ url: `${server.baseUrl}/rest/`, description: 'Production Development' }]);
    assert.equal(body.components.securitySchemes.bearerAuth.description, 'Enter the token with the `Bearer: ` prefix, e.g. "Bearer abcde12345".');
    assert.deepEqual(body.security, [{ bearerAuth: [] }]);
    assert.equal(body.externalDocs.url, 'https://twenty.com');
  });

  test('with a header token the full document lists every object', async () => {
    const { body } = await getDoc('/rest/open-api/core', server.apiKey);
    for (const plural of ['companies', 'people', 'opportunities', 'workspaceMembers']) {
      assert.ok(body.paths[`/${plural}`]?.get, plural);
      assert.ok(body.paths[`/batch/${plural}`]?.post, plural);
      assert.ok(body.paths[`/${plural}/{id}`]?.patch, plural);
    }
    assert.equal(body.paths['/companies/{id}'].patch.operationId, 'UpdateOneCompany');
    assert.equal(body.paths['/companies'].get.operationId, 'findManyCompanies');
    assert.deepEqual(body.components.parameters.limit.schema, { type: 'integer', minimum: 0, maximum: 60, default: 60 });
    assert.deepEqual(body.components.parameters.depth.schema, { type: 'integer', enum: [0, 1], default: 1 });
    assert.ok(body.components.schemas.Company && body.components.schemas.CompanyForUpdate && body.components.schemas.CompanyForResponse);
    assert.equal(body.components.schemas.Company.properties.id, undefined, 'the create body has no id');
    assert.deepEqual(Object.keys(body.components.responses).sort(), ['400', '401']);
  });

  test('the full and base documents are valid OpenAPI (swagger-parser)', async () => {
    for (const path of ['/rest/open-api/core', '/rest/open-api/metadata']) {
      for (const token of [server.apiKey, undefined]) {
        const { body } = await getDoc(path, token);
        await SwaggerParser.validate(clone(body));
      }
    }
  });

  test('the metadata document describes /objects on the /rest/metadata server', async () => {
    const { body } = await getDoc('/open-api/metadata', server.apiKey);
    assert.equal(body.servers[0].url, `${server.baseUrl}/rest/metadata`);
    assert.ok(body.paths['/objects'].get);
    const bare = await getDoc('/open-api/metadata');
    assert.deepEqual(Object.keys(bare.body.paths), ['/open-api/metadata']);
  });

  test('the limit maximum follows --max-limit', () => {
    const document = fullCoreDocument(STANDARD_DATAMODEL, 'http://x', { defaultLimit: 60, maxLimit: 200 }) as {
      components: { parameters: { limit: { schema: { maximum: number } } } };
    };
    assert.equal(document.components.parameters.limit.schema.maximum, 200);
    // The prose says the same numbers, so DOC-002 stays quiet whatever --max-limit is.
    const prose = (document as unknown as { info: { description: string } }).info.description;
    assert.match(prose, /\(default: 60, max: 200\)/);
    const other = fullCoreDocument(STANDARD_DATAMODEL, 'http://x', { defaultLimit: 60, maxLimit: 75 }) as unknown as { info: { description: string } };
    assert.match(other.info.description, /\(default: 60, max: 75\)/);
  });

  test('records the reference returns fit its own ForResponse schema', async () => {
    const created = await call(server.baseUrl, 'POST', '/rest/companies', {
      token: server.apiKey,
      body: { name: 'Acme', employees: null, tier: 'RATING_2', address: { addressCity: 'Paris', addressLat: null } },
    });
    assert.equal(created.status, 201);
    const { body: document } = await getDoc('/rest/open-api/core', server.apiKey);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    const validate = ajv.compile({ $ref: '#/components/schemas/CompanyForResponse' });
    assert.ok(validate(created.body.data.createCompany), JSON.stringify(validate.errors));
    assert.ok(!validate({ id: 'x' }), 'a wrong record must fail');
  });
});
