import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowNull } from './allow-null.ts';
import { fromOpenApi30, stripOpenApiKeywords } from './openapi-dialect.ts';
import { appendPointer, fragmentPointer, resolvePointer } from './json-pointer.ts';
import { indexDocument } from './schema-converter.ts';
import { tightenEnvelope } from './response-validator.ts';
import { fixErrorBody, fixPageInfo } from './document-defects.ts';

test('json pointers escape ~ and / and resolve both ways', () => {
  assert.equal(fragmentPointer(['paths', '/companies/{id}', 'get']), '#/paths/~1companies~1{id}/get');
  assert.equal(appendPointer('#/a', 'b~c', 0), '#/a/b~0c/0');
  const document = { paths: { '/companies/{id}': { get: { ok: 1 } } }, list: [{ x: 2 }] };
  assert.deepEqual(resolvePointer(document, '#/paths/~1companies~1{id}/get'), { ok: 1 });
  assert.equal(resolvePointer(document, '/list/0/x'), 2);
  assert.equal(resolvePointer(document, '#/missing/deeper'), undefined);
  assert.equal(resolvePointer({ 'Company for Response': 1 }, '#/Company%20for%20Response'), 1);
});

test('allowNull widens plain types, enums and complex schemas', () => {
  assert.deepEqual(allowNull({ type: 'integer' }), { type: ['integer', 'null'] });
  assert.deepEqual(allowNull({ type: ['string', 'null'] }), { type: ['string', 'null'] });
  assert.deepEqual(allowNull({ type: 'string', enum: ['A', 'B'] }), { type: ['string', 'null'], enum: ['A', 'B', null] });
  assert.deepEqual(allowNull({ $ref: 'x' }), { if: { type: 'null' }, else: { $ref: 'x' } });
  assert.deepEqual(allowNull({ description: 'anything' }), { description: 'anything' });
});

test('OpenAPI-only keywords and vendor extensions are dropped; property names are not keywords', () => {
  assert.deepEqual(stripOpenApiKeywords({ type: 'object', example: {}, xml: {}, discriminator: {}, externalDocs: {}, 'x-a': 1, readOnly: true }), {
    type: 'object',
    readOnly: true,
  });
});

test('3.0 keywords become 2020-12', () => {
  assert.deepEqual(fromOpenApi30({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false }), {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: 9,
  });
  assert.deepEqual(fromOpenApi30({ type: 'string', nullable: true }), { type: ['string', 'null'] });
  assert.deepEqual(fromOpenApi30({ type: 'string', nullable: false }), { type: 'string' });
  assert.deepEqual(fromOpenApi30({ type: 'array', items: [{ type: 'string' }] }), { type: 'array', prefixItems: [{ type: 'string' }] });
});

test('indexDocument counts shared objects and names them from components first', () => {
  const company: Record<string, unknown> = { type: 'object' };
  company.properties = { self: company };
  const document = { paths: { '/companies': { schema: company } }, components: { schemas: { Company: company } } };
  const index = indexDocument(document);
  assert.deepEqual(index.get(company), { count: 3, pointer: '#/components/schemas/Company' });
});

test('tightenEnvelope requires the one documented data key and nothing else', () => {
  const schema = { type: 'object', properties: { data: { type: 'object', properties: { company: { type: 'object' } } } } };
  assert.deepEqual(tightenEnvelope(schema), {
    type: 'object',
    required: ['data'],
    properties: { data: { type: 'object', properties: { company: { type: 'object' } }, required: ['company'], additionalProperties: false } },
  });
  const twoKeys = { type: 'object', properties: { data: { type: 'object', properties: { a: {}, b: {} } } } };
  assert.deepEqual(tightenEnvelope(twoKeys), twoKeys);
  const flat = { type: 'object', properties: { data: { type: 'array' } } };
  assert.deepEqual(tightenEnvelope(flat), flat);
});

test('fixPageInfo leaves a correct pageInfo alone and reports nothing', () => {
  const reports: string[] = [];
  const correct = {
    type: 'object',
    properties: { startCursor: { type: ['string', 'null'] }, endCursor: { type: ['string', 'null'] }, hasNextPage: { type: 'boolean' }, hasPreviousPage: { type: 'boolean' } },
  };
  assert.deepEqual(fixPageInfo(correct, '#/p', (id) => reports.push(id)), correct);
  assert.deepEqual(reports, []);
});

test('fixErrorBody swaps message for messages, also in required', () => {
  const reports: string[] = [];
  const fixed = fixErrorBody({ type: 'object', required: ['message'], properties: { statusCode: { type: 'number' }, message: { type: 'string' } } }, '#/e', (id, pointer) =>
    reports.push(`${id} ${pointer}`),
  );
  assert.deepEqual(fixed, {
    type: 'object',
    required: ['messages'],
    properties: { statusCode: { type: 'number' }, messages: { type: 'array', items: { type: 'string' } } },
  });
  assert.deepEqual(reports, ['error-body-message-singular #/e/properties/message']);
});

test('summariseDefects groups defects by kind, keeping every pointer', async () => {
  const { summariseDefects } = await import('./document-defects.ts');
  const summary = summariseDefects([
    { id: 'cursor-typed-uuid', message: 'm', pointer: '#/a' },
    { id: 'page-info-missing-has-previous-page', message: 'm', pointer: '#/a' },
    { id: 'cursor-typed-uuid', message: 'm', pointer: '#/b' },
  ]);
  assert.deepEqual(
    summary.map((group) => [group.id, group.count, group.pointers]),
    [
      ['cursor-typed-uuid', 2, ['#/a', '#/b']],
      ['page-info-missing-has-previous-page', 1, ['#/a']],
    ],
  );
});
