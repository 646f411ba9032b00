// RESP-*: the envelopes and record schemas of read operations, for every object
// in the catalogue (generated at collection time from the run's catalogue).
import { randomUUID } from 'node:crypto';
import type { Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../generators/client/twenty-client.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import type { ResponseValidator } from '../generators/contracts/index.ts';
import { schemaErrors } from '../generators/config/validate-against-schema.ts';
import { fieldsToProject, projectable, projectionViolations, unknownFieldName } from '../generators/contracts/projection.ts';
import { defineCheck } from './support/define-check.ts';
import { memoGet } from './support/list-pages.ts';
import { loadRunState } from './support/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { fail } from './support/verdicts.ts';
import { tooFewRecords } from './support/too-few-records.ts';
import { fillIdTemplate } from '../generators/openapi/record-path.ts';

const SAMPLE = 5;


function expectStatus(exchange: Exchange, status: number, what: string): void {
  if (exchange.status !== status) {
    fail({ received: `HTTP ${exchange.status}`, expected: `HTTP ${status} for ${what}`, exchange });
  }
}

function expectValid(responses: ResponseValidator, exchange: Exchange, pathTemplate: string): void {
  const verdict = responses.validateResponse({
    method: exchange.method.toLowerCase(),
    pathTemplate,
    status: exchange.status,
    body: exchange.json,
  });
  if (!verdict.ok) {
    const first = verdict.errors[0];
    fail({
      received: `${verdict.errors.length} violation(s); first: ${first?.summary ?? first?.message ?? 'invalid'}`,
      expected: `a body valid against the document's schema for ${exchange.method} ${pathTemplate} ${exchange.status}`,
      exchange,
    });
  }
}

function firstRecordId(exchange: Exchange, object: CatalogueObject): string | undefined {
  const records = (exchange.json as { data?: Record<string, unknown> } | undefined)?.data?.[object.envelopeKeys.list];
  const first = Array.isArray(records) ? (records[0] as { id?: unknown } | undefined) : undefined;
  return typeof first?.id === 'string' ? first.id : undefined;
}

// Smoke reads a fixed handful of objects (its allowance holds whatever the object count).
for (const object of subjectObjects('RESP-001')) {
  // The four checks that need the list ask it once per worker.
  const list = (client: TwentyClient) => memoGet(client, object.listPath, { limit: String(SAMPLE) });

  defineCheck('RESP-001', object.plural, async ({ client }) => {
    const exchange = await list(client);
    expectStatus(exchange, 200, `GET ${object.listPath}`);
    const body = exchange.json as Record<string, unknown> | undefined;
    const data = body?.data as Record<string, unknown> | undefined;
    if (!data || !Array.isArray(data[object.envelopeKeys.list])) {
      fail({ received: `data keys ${JSON.stringify(Object.keys(data ?? {}))}`, expected: `data.${object.envelopeKeys.list} as an array`, exchange });
    }
    if (typeof body?.totalCount !== 'number' || !Number.isInteger(body.totalCount)) {
      fail({ received: `totalCount ${JSON.stringify(body?.totalCount)}`, expected: 'totalCount as an integer', exchange });
    }
    const pageInfo = body?.pageInfo as Record<string, unknown> | undefined;
    for (const key of ['startCursor', 'endCursor', 'hasNextPage', 'hasPreviousPage']) {
      if (!pageInfo || !(key in pageInfo)) {
        fail({ received: `pageInfo ${JSON.stringify(pageInfo)}`, expected: `pageInfo.${key} present (era D: all four keys)`, exchange });
      }
    }
  });

  defineCheck('RESP-003', `${object.plural} list`, async ({ client, responses }) => {
    const exchange = await list(client);
    expectStatus(exchange, 200, `GET ${object.listPath}`);
    expectValid(responses, exchange, object.listPath);
  });

  if (object.onePath && object.envelopeKeys.one) {
    const onePath = object.onePath;
    const oneKey = object.envelopeKeys.one;

    defineCheck('RESP-002', object.plural, async ({ client }) => {
      const listed = await list(client);
      const id = firstRecordId(listed, object);
      if (!id) tooFewRecords(object, `no ${object.plural} record to read (the list is empty or unreadable)`);
      const exchange = await client.request({ method: 'GET', path: fillIdTemplate(onePath, id) });
      expectStatus(exchange, 200, `GET ${onePath}`);
      const record = (exchange.json as { data?: Record<string, unknown> } | undefined)?.data?.[oneKey] as { id?: unknown } | undefined;
      if (!record || record.id !== id) {
        fail({ received: `data keys ${JSON.stringify(Object.keys((exchange.json as { data?: object })?.data ?? {}))}`, expected: `data.${oneKey}.id = ${id}`, exchange });
      }
    });

    defineCheck('RESP-003', `${object.plural} one`, async ({ client, responses }) => {
      const listed = await list(client);
      const id = firstRecordId(listed, object);
      if (!id) tooFewRecords(object, `no ${object.plural} record to read (the list is empty or unreadable)`);
      const exchange = await client.request({ method: 'GET', path: fillIdTemplate(onePath, id) });
      expectStatus(exchange, 200, `GET ${onePath}`);
      expectValid(responses, exchange, onePath);
    });

    defineCheck('RESP-004', object.plural, async ({ client }) => {
      const exchange = await client.request({ method: 'GET', path: fillIdTemplate(onePath, randomUUID()) });
      expectStatus(exchange, 404, `GET ${onePath} with an id that does not exist`);
      const body = exchange.json as { statusCode?: unknown; messages?: unknown } | undefined;
      if (body?.statusCode !== 404 || !Array.isArray(body.messages) || body.messages.length === 0) {
        fail({ received: exchange.responseBody.slice(0, 200), expected: '{"statusCode":404,"error":…,"messages":["Record not found"]}', exchange });
      }
      // Twenty's document lists only 400/401, so the contract's own error shape is the reference here.
      const problems = schemaErrors('error-body.schema.json', exchange.json);
      if (problems.length > 0) fail({ received: problems.join('; '), expected: 'the error body {statusCode, error, messages[]}', exchange });
    });
  }
}

// RESP-005/006: `fields` projection, on the objects whose document declares it.
for (const object of subjectObjects('RESP-005', loadRunState(), (candidate) => projectable(candidate) && fieldsToProject(candidate).length > 0)) {
  const asked = fieldsToProject(object);

  defineCheck('RESP-005', object.plural, async ({ client }) => {
    const exchange = await client.request({ method: 'GET', path: object.listPath, query: { fields: asked.join(','), limit: String(SAMPLE) } });
    expectStatus(exchange, 200, `GET ${object.listPath}?fields=${asked.join(',')}`);
    const records = (exchange.json as { data?: Record<string, unknown> } | undefined)?.data?.[object.envelopeKeys.list];
    if (!Array.isArray(records)) fail({ received: exchange.responseBody.slice(0, 200), expected: `data.${object.envelopeKeys.list} as an array`, exchange });
    if (records.length === 0) tooFewRecords(object, `no ${object.plural} record to project (the list is empty)`);
    for (const record of records) {
      const problems = projectionViolations(record, asked);
      if (problems.length > 0) {
        fail({ received: `a record with ${problems.join('; ')}`, expected: `records holding only id, ${asked.join(', ')} (fields=${asked.join(',')})`, exchange });
      }
    }
  });

  defineCheck('RESP-006', object.plural, async ({ client }) => {
    const unknown = unknownFieldName(object);
    const fields = [asked[0], unknown].filter((name): name is string => name !== undefined).join(',');
    const exchange = await client.request({ method: 'GET', path: object.listPath, query: { fields, limit: '1' } });
    expectStatus(exchange, 400, `GET ${object.listPath}?fields=${fields} (${unknown} is not a field of ${object.singular})`);
    const problems = schemaErrors('error-body.schema.json', exchange.json);
    if (problems.length > 0) fail({ received: problems.join('; '), expected: 'the error body {statusCode, error, messages[]}', exchange });
    const messages = (exchange.json as { messages?: unknown[] }).messages ?? [];
    if (!messages.some((message) => typeof message === 'string' && message.includes(unknown))) {
      fail({ received: `messages ${JSON.stringify(messages).slice(0, 200)}`, expected: `a message naming the unknown field ${unknown}`, exchange });
    }
  });
}
