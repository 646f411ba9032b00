import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createResponseValidator } from './response-validator.ts';
import { CURSOR, RECORD_ID, listBody, openapi30, twentyLike31 } from '../../testing/contracts/test-documents.ts';

const summaries = (result: { errors: Array<{ summary: string }> }) => result.errors.map((error) => error.summary);

test('3.1: a valid list body passes, base64 cursors included', () => {
  const validator = createResponseValidator(twentyLike31());
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: listBody() });
  assert.deepEqual(result.errors, []);
  assert.equal(result.ok, true);
});

test('3.1: an empty page with null cursors passes', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = listBody({ data: { companies: [] }, totalCount: 0, pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false } });
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body })), []);
});

test('a number sent as a string fails with a readable violation', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = listBody({ data: { companies: [{ id: RECORD_ID, name: 'Acme', employees: '12' }] } });
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body });
  assert.equal(result.ok, false);
  assert.deepEqual(summaries(result), ['Received: "12" at /data/companies/0/employees / Documented: integer']);
  const [violation] = result.errors;
  assert.equal(violation?.instancePath, '/data/companies/0/employees');
  assert.equal(violation?.received, '"12"');
  assert.equal(violation?.source, 'document');
  assert.equal(violation?.kind, 'schema');
  assert.match(violation?.schemaPath ?? '', /type$/);
});

test('a missing envelope key fails against the contract list envelope', () => {
  const validator = createResponseValidator(twentyLike31());
  const { totalCount: _dropped, ...body } = listBody();
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body });
  assert.deepEqual(summaries(result), ['Received: no "totalCount" at (root) / Contract: required property "totalCount"']);
  assert.equal(result.errors[0]?.source, 'contract');
});

test('a wrong key under data fails: find one answering with the plural key', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = { data: { companies: { id: RECORD_ID, name: 'Acme' } } };
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies/{id}', status: 200, body });
  assert.deepEqual(summaries(result), [
    'Received: no "company" at /data / Documented: required property "company"',
    'Received: unexpected property "companies" at /data / Documented: only "company"',
  ]);
});

test('the right singular key passes, with an embedded relation through a $ref cycle', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = { data: { company: { id: RECORD_ID, name: 'Acme', people: [{ id: RECORD_ID, companyId: RECORD_ID, company: { id: RECORD_ID } }] } } };
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/companies/{id}', status: 200, body })), []);
  const bad = { data: { company: { id: RECORD_ID, people: [{ id: 'nope' }] } } };
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/companies/{id}', status: 200, body: bad })), [
    'Received: "nope" at /data/company/people/0/id / Documented: string in format "uuid"',
  ]);
});

test('a pageInfo without endCursor fails against the contract pageInfo', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = listBody({ pageInfo: { startCursor: CURSOR, hasNextPage: false, hasPreviousPage: false } });
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body });
  assert.deepEqual(summaries(result), ['Received: no "endCursor" at /pageInfo / Contract: required property "endCursor"']);
});

test('the uuid-cursor defect is reported once over many validations, with its siblings', () => {
  const validator = createResponseValidator(twentyLike31());
  const first = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: listBody() });
  const ids = first.documentDefects.map((defect) => defect.id).sort();
  assert.deepEqual(ids, ['cursor-typed-uuid', 'cursor-typed-uuid', 'page-info-missing-has-previous-page']);
  const pageInfo = '#/paths/~1companies/get/responses/200/content/application~1json/schema/properties/pageInfo';
  assert.deepEqual(
    first.documentDefects.filter((defect) => defect.id === 'cursor-typed-uuid').map((defect) => defect.pointer),
    [`${pageInfo}/properties/startCursor`, `${pageInfo}/properties/endCursor`],
  );
  for (let i = 0; i < 20; i++) {
    const again = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: listBody() });
    assert.equal(again.ok, true);
    assert.deepEqual(again.documentDefects, []);
  }
  assert.equal(validator.documentDefects().length, 3);
});

test('a non-boolean hasPreviousPage is still caught though the document omits it', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = listBody({ pageInfo: { startCursor: CURSOR, endCursor: CURSOR, hasNextPage: false, hasPreviousPage: 'no' } });
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body })), [
    'Received: "no" at /pageInfo/hasPreviousPage / Documented: boolean',
  ]);
});

test('an undocumented status is a violation, and the error body is still checked', () => {
  const validator = createResponseValidator(twentyLike31());
  const result = validator.validateResponse({
    method: 'GET',
    pathTemplate: '/companies/{id}',
    status: 404,
    body: { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] },
  });
  assert.deepEqual(summaries(result), ['Received: status 404 / Documented: 200, 400, 401']);
  assert.equal(result.errors[0]?.kind, 'undocumented-status');
  const broken = validator.validateResponse({ method: 'GET', pathTemplate: '/companies/{id}', status: 404, body: { statusCode: 404, message: 'Record not found' } });
  assert.deepEqual(summaries(broken), [
    'Received: status 404 / Documented: 200, 400, 401',
    'Received: no "error" at (root) / Contract: required property "error"',
    'Received: no "messages" at (root) / Contract: required property "messages"',
  ]);
});

test('the `message` error-body defect is reported once and the real `messages` body passes', () => {
  const validator = createResponseValidator(twentyLike31());
  const body = { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] };
  const first = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 401, body });
  assert.deepEqual(summaries(first), []);
  assert.deepEqual(first.documentDefects, [
    {
      id: 'error-body-message-singular',
      pointer: '#/components/responses/401/content/application~1json/schema/properties/message',
      message: first.documentDefects[0]?.message,
    },
  ]);
  const second = validator.validateResponse({ method: 'GET', pathTemplate: '/companies/{id}', status: 401, body });
  assert.deepEqual(second.documentDefects, [], 'same component, other operation: not reported again');
  const wrong = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 401, body: { ...body, messages: 'Token invalid.' } });
  assert.deepEqual(summaries(wrong), ['Received: "Token invalid." at /messages / Documented: array']);
});

test('an error body whose statusCode differs from the HTTP status is a violation', () => {
  const validator = createResponseValidator(twentyLike31());
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 400, body: { statusCode: 500, error: 'X', messages: ['x'] } });
  assert.deepEqual(summaries(result), ['Received: statusCode 500 at /statusCode / Contract: the HTTP status 400']);
});

test('a body that is not JSON is a violation when a schema applies', () => {
  const validator = createResponseValidator(twentyLike31());
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 502, body: undefined });
  assert.deepEqual(
    result.errors.map((error) => error.kind),
    ['undocumented-status', 'not-json'],
  );
});

test('an undocumented operation is a violation', () => {
  const validator = createResponseValidator(twentyLike31());
  const result = validator.validateResponse({ method: 'DELETE', pathTemplate: '/companies', status: 200, body: {} });
  assert.deepEqual(
    result.errors.map((error) => error.kind),
    ['undocumented-operation'],
  );
});

test('a document that never expresses nullability accepts null record fields, once reported', () => {
  const document = twentyLike31();
  const schemas = (document.components as { schemas: Record<string, { properties: Record<string, unknown> }> }).schemas;
  schemas.CompanyForResponse!.properties.deletedAt = { type: 'string', format: 'date-time' };
  schemas.PersonForResponse!.properties.companyId = { type: 'string', format: 'uuid' };
  const validator = createResponseValidator(document);
  const body = listBody({ data: { companies: [{ id: RECORD_ID, name: null, employees: null, deletedAt: null }] } });
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body });
  assert.deepEqual(summaries(result), []);
  assert.ok(result.documentDefects.some((defect) => defect.id === 'record-nullability-not-expressed' && defect.pointer === '#/components/schemas'));
  const wrong = listBody({ data: { companies: [{ id: RECORD_ID, employees: '12' }] } });
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: wrong })), [
    'Received: "12" at /data/companies/0/employees / Documented: integer or null',
  ]);
});

test('a dereferenced, cyclic document (object graph) validates like the raw one', () => {
  const document = twentyLike31();
  const components = document.components as { schemas: Record<string, Record<string, unknown>>; responses: Record<string, unknown> };
  const company = components.schemas.CompanyForResponse!;
  const person = components.schemas.PersonForResponse!;
  // What swagger-parser's dereference produces: $refs replaced by the very objects.
  (company.properties as Record<string, Record<string, unknown>>).people = { type: 'array', items: person };
  (person.properties as Record<string, Record<string, unknown>>).company = { type: 'object', oneOf: [company] };
  const paths = document.paths as Record<string, { get: { responses: Record<string, unknown> } }>;
  const list = paths['/companies']!.get.responses;
  ((list['200'] as any).content['application/json'].schema.properties.data.properties.companies as Record<string, unknown>).items = company;
  list['401'] = components.responses['401'];
  const validator = createResponseValidator(document);
  const body = listBody({ data: { companies: [{ id: RECORD_ID, employees: 3, people: [{ id: RECORD_ID, company: { id: RECORD_ID, employees: 'x' } }] }] } });
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body })), [
    'Received: "x" at /data/companies/0/people/0/company/employees / Documented: integer',
  ]);
  const unauthorised = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 401, body: { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] } });
  assert.deepEqual(summaries(unauthorised), []);
  assert.deepEqual(
    unauthorised.documentDefects.map((defect) => defect.pointer),
    ['#/components/responses/401/content/application~1json/schema/properties/message'],
    'the canonical component pointer, not the operation one',
  );
});

test('3.0: nullable, boolean exclusiveMinimum and OpenAPI-only keywords are understood', () => {
  const validator = createResponseValidator(openapi30());
  const ok = { data: { person: { id: RECORD_ID, city: null, position: 0.5, jobTitle: 'CEO', 'x-internal': 1 } } };
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/people/{id}', status: 200, body: ok })), []);
  const bad = { data: { person: { id: RECORD_ID, city: 5, position: 0, jobTitle: null } } };
  assert.deepEqual(summaries(validator.validateResponse({ method: 'GET', pathTemplate: '/people/{id}', status: 200, body: bad })), [
    'Received: 5 at /data/person/city / Documented: string or null',
    'Received: 0 at /data/person/position / Documented: > 0',
    'Received: null at /data/person/jobTitle / Documented: string',
  ]);
});

test('3.0: a number as a string fails; a 4XX range and default responses are used', () => {
  const validator = createResponseValidator(openapi30());
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/people/{id}', status: 200, body: { data: { person: { id: RECORD_ID, position: '1' } } } });
  assert.deepEqual(summaries(result), ['Received: "1" at /data/person/position / Documented: number']);
  const notFound = validator.validateResponse({ method: 'GET', pathTemplate: '/people/{id}', status: 404, body: { statusCode: 404, error: 7, messages: ['Record not found'] } });
  assert.deepEqual(summaries(notFound), ['Received: 7 at /error / Documented: string']);
  const server = validator.validateResponse({ method: 'GET', pathTemplate: '/people/{id}', status: 500, body: { statusCode: 500, error: 'InternalServerErrorException', messages: ['boom'] } });
  assert.deepEqual(summaries(server), [], 'default response without content: only the contract error shape applies');
});

test('an exchange from the client feeds the validator directly', async () => {
  const { responseFromExchange } = await import('./from-exchange.ts');
  const validator = createResponseValidator(twentyLike31());
  const input = responseFromExchange({ method: 'GET', status: 200, json: { data: { company: { id: 'not-a-uuid' } } } }, '/companies/{id}');
  assert.deepEqual(input, { method: 'GET', pathTemplate: '/companies/{id}', status: 200, body: { data: { company: { id: 'not-a-uuid' } } } });
  assert.deepEqual(summaries(validator.validateResponse(input)), ['Received: "not-a-uuid" at /data/company/id / Documented: string in format "uuid"']);
});

test('the same fault on every record shares one de-duplication key', () => {
  const validator = createResponseValidator(twentyLike31());
  const companies = [0, 1, 2].map(() => ({ id: RECORD_ID, employees: '12' }));
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: listBody({ data: { companies }, totalCount: 3 }) });
  assert.deepEqual(
    result.errors.map((error) => error.instancePath),
    ['/data/companies/0/employees', '/data/companies/1/employees', '/data/companies/2/employees'],
  );
  assert.equal(new Set(result.errors.map((error) => error.key)).size, 1);
  assert.match(result.errors[0]?.key ?? '', /\/data\/companies\/\*\/employees type$/);
});

test('a document dereferenced by swagger-parser (circular refs kept) validates like the raw one', async () => {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const dereferenced = await SwaggerParser.dereference(twentyLike31() as never, { dereference: { circular: true } });
  const validator = createResponseValidator(dereferenced);
  const body = listBody({ data: { companies: [{ id: RECORD_ID, employees: '12', people: [{ id: RECORD_ID, company: { id: RECORD_ID } }] }] } });
  const result = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body });
  assert.deepEqual(summaries(result), ['Received: "12" at /data/companies/0/employees / Documented: integer']);
  assert.deepEqual(result.documentDefects.map((defect) => defect.id).sort(), ['cursor-typed-uuid', 'cursor-typed-uuid', 'page-info-missing-has-previous-page']);
});

test('a document that writes its paths under /rest validates the same bodies by their REST-root path', () => {
  const document = twentyLike31();
  document.paths = Object.fromEntries(Object.entries(document.paths as Record<string, unknown>).map(([path, item]) => [`/rest${path}`, item]));
  const validator = createResponseValidator(document);
  const good = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: listBody() });
  assert.deepEqual(good.errors, []);
  const bad = validator.validateResponse({ method: 'GET', pathTemplate: '/companies', status: 200, body: { data: { companies: 'nope' } } });
  assert.equal(bad.ok, false);
  assert.ok(!summaries(bad).some((summary) => /no such operation/.test(summary)));
});
