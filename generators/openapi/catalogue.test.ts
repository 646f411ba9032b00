import { test } from 'node:test';
import assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import { buildCatalogue, singularFromSchemaName } from './catalogue.ts';
import { matchComposite } from './infer-field-kind.ts';
import { dereferenceLocally } from './local-dereference.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';
import type { CatalogueObject } from './catalogue-types.ts';

function object(plural: string, objects: CatalogueObject[]): CatalogueObject {
  const found = objects.find((candidate) => candidate.plural === plural);
  assert.ok(found, `object ${plural} is catalogued`);
  return found;
}

function field(objectValue: CatalogueObject, name: string) {
  const found = objectValue.fields.find((candidate) => candidate.name === name);
  assert.ok(found, `field ${objectValue.plural}.${name} is catalogued`);
  return found;
}

test('objects are one-segment list paths; restore/merge/groupBy/duplicates/batch/open-api/dashboard duplicate are not', () => {
  const catalogue = buildCatalogue(syntheticDocument());
  assert.deepEqual(
    catalogue.objects.map((candidate) => candidate.plural),
    ['companies', 'people', 'kitchenSinks', 'dashboards'],
  );
  assert.equal(catalogue.baseDocumentOnly, false);
  assert.equal(catalogue.legacy, false);
  assert.equal(catalogue.openapiVersion, '3.1.1');
  assert.deepEqual(catalogue.servers, ['https://crm.example.test/rest/']);
  assert.deepEqual(catalogue.limit, { default: 60, maximum: 200, minimum: 0 });
  assert.deepEqual(catalogue.depthValues, [0, 1]);
});

test('paths, schema names, envelope keys and singular come from the document', () => {
  const companies = object('companies', buildCatalogue(syntheticDocument()).objects);
  assert.equal(companies.singular, 'company');
  assert.equal(companies.listPath, '/companies');
  assert.equal(companies.onePath, '/companies/{id}');
  assert.equal(companies.batchPath, '/batch/companies');
  assert.deepEqual(companies.listParameters, ['order_by', 'filter', 'limit', 'depth', 'starting_after', 'ending_before']);
  assert.deepEqual(companies.schemaNames, { create: 'Company', update: 'CompanyForUpdate', response: 'CompanyForResponse' });
  assert.deepEqual(companies.envelopeKeys, { list: 'companies', one: 'company', create: 'createCompany' });
  assert.equal(object('kitchenSinks', buildCatalogue(syntheticDocument()).objects).singular, 'kitchenSink');
});

test('every scalar kind is inferred with its comparators and sortability', () => {
  const sink = object('kitchenSinks', buildCatalogue(syntheticDocument()).objects);
  const expected: Record<string, string> = {
    id: 'UUID',
    title: 'TEXT',
    createdAt: 'DATE_TIME',
    birthday: 'DATE',
    visits: 'NUMBER',
    ratio: 'NUMBER',
    position: 'POSITION',
    isActive: 'BOOLEAN',
    status: 'SELECT',
    stars: 'RATING',
    tags: 'MULTI_SELECT',
    aliases: 'ARRAY',
    settings: 'RAW_JSON',
    fullName: 'FULL_NAME',
    emails: 'EMAILS',
    website: 'LINKS',
    price: 'CURRENCY',
    address: 'ADDRESS',
    phones: 'PHONES',
    createdBy: 'ACTOR',
    bodyV2: 'RICH_TEXT_V2',
    attachmentsFile: 'FILES',
    companyId: 'RELATION',
    company: 'RELATION',
    people: 'RELATION',
  };
  for (const [name, kind] of Object.entries(expected)) assert.equal(field(sink, name).kind, kind, name);
  assert.deepEqual(field(sink, 'status').options, ['TODO', 'IN_PROGRESS', 'DONE']);
  assert.deepEqual(field(sink, 'tags').options, ['RED', 'GREEN', 'BLUE']);
  assert.deepEqual(field(sink, 'isActive').comparators, ['eq', 'is']);
  assert.deepEqual(field(sink, 'tags').comparators, ['containsAny', 'is']);
  assert.equal(field(sink, 'title').sortable, true);
  assert.equal(field(sink, 'settings').sortable, false);
  assert.deepEqual(field(sink, 'bodyV2').comparators, []);
  assert.deepEqual(field(sink, 'attachmentsFile').comparators, ['is']);
  assert.equal(field(sink, 'attachmentsFile').sortable, false);
  assert.equal(field(sink, 'createdAt').format, 'date-time');
});

test('nullable is read only where the schema says it', () => {
  const sink = object('kitchenSinks', buildCatalogue(syntheticDocument()).objects);
  assert.equal(field(sink, 'nickname').nullable, true);
  assert.equal(field(sink, 'nickname').kind, 'TEXT');
  assert.equal(field(sink, 'motto').nullable, false);
  assert.equal(field(sink, 'title').nullable, null);
});

test('composites carry their sub-fields with per-sub-field comparators, and no comparators themselves', () => {
  const sink = object('kitchenSinks', buildCatalogue(syntheticDocument()).objects);
  const price = field(sink, 'price');
  assert.deepEqual(price.comparators, []);
  assert.equal(price.sortable, true);
  assert.deepEqual(
    price.subFields?.map((sub) => [sub.name, sub.kind]),
    [
      ['amountMicros', 'NUMERIC'],
      ['currencyCode', 'TEXT'],
    ],
  );
  const emails = field(sink, 'emails');
  const additional = emails.subFields?.find((sub) => sub.name === 'additionalEmails');
  assert.equal(additional?.kind, 'RAW_JSON');
  assert.equal(additional?.sortable, false);
  const source = field(object('companies', buildCatalogue(syntheticDocument()).objects), 'createdBy').subFields?.[0];
  assert.equal(source?.name, 'source');
  assert.deepEqual(source?.comparators, ['eq', 'neq', 'in', 'containsAny', 'is']);
  assert.equal(source?.options?.[3], 'AGENT');
});

test('relations: many-to-one object and join column, one-to-many list, targets by plural', () => {
  const people = object('people', buildCatalogue(syntheticDocument()).objects);
  const companyId = field(people, 'companyId');
  assert.equal(companyId.kind, 'RELATION');
  assert.deepEqual(companyId.relation, { type: 'MANY_TO_ONE', target: 'companies', joinColumn: 'companyId' });
  assert.equal(companyId.sortable, true);
  assert.ok(companyId.comparators.includes('eq'));
  assert.equal(companyId.writable, true);
  const company = field(people, 'company');
  assert.deepEqual(company.relation, { type: 'MANY_TO_ONE', target: 'companies', joinColumn: 'companyId' });
  assert.deepEqual(company.comparators, []);
  assert.equal(company.writable, false);
  const companies = object('companies', buildCatalogue(syntheticDocument()).objects);
  assert.deepEqual(field(companies, 'people').relation, { type: 'ONE_TO_MANY', target: 'people' });
  assert.equal(field(companies, 'people').sortable, false);
});

test('writable means present in the create schema', () => {
  const companies = object('companies', buildCatalogue(syntheticDocument()).objects);
  assert.equal(field(companies, 'name').writable, true);
  assert.equal(field(companies, 'id').writable, false);
});

test('a dereferenced document gives the same catalogue as the raw one', async () => {
  const raw = buildCatalogue(syntheticDocument());
  const byParser = await SwaggerParser.dereference(syntheticDocument() as never, { dereference: { circular: true } } as SwaggerParser.Options);
  assert.deepEqual(buildCatalogue(byParser), raw);
  assert.deepEqual(buildCatalogue(dereferenceLocally(syntheticDocument())), raw);
});

test('older schema naming: `Company with Relations` and `Company for Response`', () => {
  for (const responseName of ['Company with Relations', 'Company for Response']) {
    const document = {
      openapi: '3.0.3',
      paths: {
        '/companies': {
          get: {
            responses: {
              '200': {
                content: {
                  'application/json': {
                    schema: {
                      properties: {
                        data: {
                          properties: { companies: { type: 'array', items: { $ref: `#/components/schemas/${responseName}` } } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          [responseName]: {
            type: 'object',
            properties: {
              id: { type: 'string', format: 'uuid' },
              parent: { $ref: `#/components/schemas/${responseName}` },
            },
          },
        },
      },
    };
    const [companies] = buildCatalogue(document).objects;
    assert.equal(companies?.singular, 'company', responseName);
    assert.equal(companies?.schemaNames.response, responseName);
    assert.equal(companies?.fields.find((candidate) => candidate.name === 'parent')?.relation?.target, 'companies');
  }
});

test('singular names from schema names of every era', () => {
  assert.equal(singularFromSchemaName('CompanyForResponse'), 'company');
  assert.equal(singularFromSchemaName('Company for Response'), 'company');
  assert.equal(singularFromSchemaName('Company with Relations'), 'company');
  assert.equal(singularFromSchemaName('TestCustomObject'), 'testCustomObject');
  assert.equal(singularFromSchemaName(undefined), undefined);
});

test('composite shapes: current, 2024 links, partial actor; unrelated objects are not composites', () => {
  assert.equal(matchComposite(['firstName', 'lastName']), 'FULL_NAME');
  assert.equal(matchComposite(['label', 'url']), 'LINKS');
  assert.equal(matchComposite(['source']), 'ACTOR');
  assert.equal(matchComposite(['amountMicros', 'currencyCode']), 'CURRENCY');
  assert.equal(matchComposite(['primaryPhoneNumber', 'primaryPhoneCountryCode', 'additionalPhones']), 'PHONES');
  assert.equal(matchComposite(['blocknote', 'markdown']), 'RICH_TEXT_V2');
  assert.equal(matchComposite(['addressStreet1', 'addressStreet3', 'addressCity']), 'ADDRESS');
  assert.equal(matchComposite(['source', 'name', 'workspaceMemberId', 'context']), 'ACTOR');
  assert.equal(matchComposite(['blocknote', 'html']), null);
  assert.equal(matchComposite(['firstName']), null);
  assert.equal(matchComposite(['firstName', 'somethingElse']), null);
});

test('garbage never crashes the catalogue', () => {
  for (const input of [null, 42, 'x', [], {}, { paths: 5 }, { paths: { '/a': null, '/b': { get: { responses: 7 } } } }]) {
    const catalogue = buildCatalogue(input);
    assert.equal(catalogue.objects.length, 0);
    assert.equal(catalogue.baseDocumentOnly, true);
  }
});

test('a base document (only /open-api/core) has no objects', () => {
  const document = syntheticDocument();
  document.paths = { '/open-api/core': { get: { responses: { '200': { description: 'ok' } } } } };
  delete document.components;
  const catalogue = buildCatalogue(document);
  assert.equal(catalogue.baseDocumentOnly, true);
  assert.equal(catalogue.legacy, false);
  assert.deepEqual(catalogue.limit, { default: null, maximum: null, minimum: null });
});

test('limit and depth are read from an inline parameter when there is no component', () => {
  const document = syntheticDocument();
  const parameters = (document.components as { parameters: Record<string, unknown> }).parameters;
  delete parameters.limit;
  delete parameters.depth;
  const paths = document.paths as Record<string, { get?: { parameters?: unknown[] } }>;
  for (const path of ['/companies', '/people', '/kitchenSinks', '/dashboards']) {
    const get = paths[path]?.get;
    assert.ok(get?.parameters);
    get.parameters = [
      ...get.parameters.filter((entry) => !/limit|depth/.test(JSON.stringify(entry))),
      { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 500, default: 100 } },
      { name: 'depth', in: 'query', schema: { type: 'integer', enum: [0, 1, 2] } },
    ];
  }
  const catalogue = buildCatalogue(document);
  assert.deepEqual(catalogue.limit, { default: 100, maximum: 500, minimum: null });
  assert.deepEqual(catalogue.depthValues, [0, 1, 2]);
  assert.ok(catalogue.objects[0]?.listParameters.includes('limit'));
});

test('RICH_TEXT_V2 sub-fields filter as text and never sort', () => {
  const sink = object('kitchenSinks', buildCatalogue(syntheticDocument()).objects);
  const body = field(sink, 'bodyV2');
  assert.deepEqual(body.subFields?.map((sub) => [sub.name, sub.kind, sub.sortable]), [
    ['blocknote', 'TEXT', false],
    ['markdown', 'TEXT', false],
  ]);
  assert.ok(body.subFields?.every((sub) => sub.comparators.includes('ilike')));
  assert.equal(body.sortable, false);
});

/** The synthetic document with every path written `${prefix}/…`, and no servers. */
function prefixedDocument(prefix: string) {
  const document = syntheticDocument();
  document.paths = Object.fromEntries(Object.entries(document.paths as Record<string, unknown>).map(([path, item]) => [`${prefix}${path}`, item]));
  delete document.servers;
  return document;
}

test('paths written with a /rest prefix (no servers): the same objects, paths relative to the REST root', () => {
  const plain = buildCatalogue(syntheticDocument());
  const prefixed = buildCatalogue(prefixedDocument('/rest'));
  assert.equal(prefixed.pathPrefix, '/rest');
  assert.equal(plain.pathPrefix, '');
  assert.equal(prefixed.baseDocumentOnly, false);
  assert.deepEqual(prefixed.objects, plain.objects);
  const companies = object('companies', prefixed.objects);
  assert.equal(companies.listPath, '/companies');
  assert.equal(companies.onePath, '/companies/{id}');
  assert.equal(companies.batchPath, '/batch/companies');
  assert.deepEqual(prefixed.limit, plain.limit);
});

test('any common prefix is derived from the document, and stray paths outside it are ignored', () => {
  const document = prefixedDocument('/api/v2');
  (document.paths as Record<string, unknown>)['/health'] = { get: { responses: { '200': { description: 'ok' } } } };
  const catalogue = buildCatalogue(document);
  assert.equal(catalogue.pathPrefix, '/api/v2');
  assert.deepEqual(catalogue.objects.map((candidate) => candidate.plural), ['companies', 'people', 'kitchenSinks', 'dashboards']);
});

test('morph relations, relay connections, embedded records and untyped values have kinds, not UNKNOWN', () => {
  const document = syntheticDocument();
  const schemas = (document.components as { schemas: Record<string, { properties: Record<string, unknown> }> }).schemas;
  const sink = schemas.KitchenSinkForResponse!;
  sink.properties.target = { oneOf: [{ $ref: '#/components/schemas/CompanyForResponse' }, { $ref: '#/components/schemas/PersonForResponse' }, { type: 'null' }] };
  sink.properties.colleagues = { type: 'object', properties: { edges: { type: 'array', items: { type: 'object', properties: { node: { $ref: '#/components/schemas/PersonForResponse' } } } } } };
  sink.properties.owner = { type: 'object', properties: { id: { type: 'string' }, nameSingular: { type: 'string' } } };
  sink.properties.anything = { description: 'Json value' };
  const kitchen = object('kitchenSinks', buildCatalogue(document).objects);
  assert.deepEqual(field(kitchen, 'target').relation, { type: 'MANY_TO_ONE' });
  assert.deepEqual(field(kitchen, 'colleagues').relation, { type: 'ONE_TO_MANY', target: 'people' });
  assert.equal(field(kitchen, 'owner').kind, 'RELATION');
  assert.equal(field(kitchen, 'anything').kind, 'RAW_JSON');
  // A nullable relation written oneOf [ref, null] keeps its target.
  sink.properties.company = { oneOf: [{ $ref: '#/components/schemas/CompanyForResponse' }, { type: 'null' }] };
  assert.equal(field(object('kitchenSinks', buildCatalogue(document).objects), 'company').relation?.target, 'companies');
});
