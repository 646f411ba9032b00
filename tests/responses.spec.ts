// RESP-*: the envelopes and record schemas of read operations, for every object
// in the catalogue (generated at collection time from the run's catalogue).
import { randomUUID } from 'node:crypto';
import type { Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../runtime/client/twenty-client.ts';
import {
  dataOf,
  judgeDocumentedBody,
  judgeListEnvelope,
  judgeNotFound,
  judgeProjection,
  judgeRecordEnvelope,
  judgeUnknownFieldRefusal,
  type Finding,
} from '../generators/contracts/read-judges.ts';
import { fieldsToProject, projectable, unknownFieldName } from '../generators/contracts/projection.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { fillIdTemplate } from '../generators/openapi/record-path.ts';
import { defineCheck } from './support/define-check.ts';
import { memoGet } from './support/list-pages.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { tooFewRecords } from './support/too-few-records.ts';
import { fail } from './support/verdicts.ts';

const SAMPLE = 5;

const answerOf = (exchange: Exchange) => ({ status: exchange.status, json: exchange.json, body: exchange.responseBody });

/** Hands the answer to its judge; a finding fails the check with the exchange as evidence. */
function expectNo(finding: Finding | null, exchange: Exchange): void {
  if (finding) fail({ ...finding, exchange });
}

/** The first listed record's id, the subject of the get-one checks. */
function firstRecordId(exchange: Exchange, object: CatalogueObject): string | undefined {
  const records = dataOf(exchange.json, object.envelopeKeys.list);
  const first = Array.isArray(records) ? (records[0] as { id?: unknown } | undefined) : undefined;
  return typeof first?.id === 'string' ? first.id : undefined;
}

// Smoke reads a fixed handful of objects (its allowance holds whatever the object count).
for (const object of subjectObjects('RESP-001')) {
  // The four checks that need the list ask it once per worker.
  const list = (client: TwentyClient) => memoGet(client, object.listPath, { limit: String(SAMPLE) });

  defineCheck('RESP-001', object.plural, async ({ client }) => {
    const exchange = await list(client);
    expectNo(judgeListEnvelope(answerOf(exchange), object.envelopeKeys.list, `GET ${object.listPath}`), exchange);
  });

  defineCheck('RESP-003', `${object.plural} list`, async ({ client, responses }) => {
    const exchange = await list(client);
    expectNo(judgeDocumentedBody(answerOf(exchange), { method: 'GET', pathTemplate: object.listPath }, responses), exchange);
  });

  if (object.onePath && object.envelopeKeys.one) {
    const onePath = object.onePath;
    const oneKey = object.envelopeKeys.one;

    defineCheck('RESP-002', object.plural, async ({ client }) => {
      const listed = await list(client);
      const id = firstRecordId(listed, object);
      if (!id) tooFewRecords(object, `no ${object.plural} record to read (the list is empty or unreadable)`);
      const exchange = await client.request({ method: 'GET', path: fillIdTemplate(onePath, id) });
      expectNo(judgeRecordEnvelope(answerOf(exchange), oneKey, id, `GET ${onePath}`), exchange);
    });

    defineCheck('RESP-003', `${object.plural} one`, async ({ client, responses }) => {
      const listed = await list(client);
      const id = firstRecordId(listed, object);
      if (!id) tooFewRecords(object, `no ${object.plural} record to read (the list is empty or unreadable)`);
      const exchange = await client.request({ method: 'GET', path: fillIdTemplate(onePath, id) });
      expectNo(judgeDocumentedBody(answerOf(exchange), { method: 'GET', pathTemplate: onePath }, responses), exchange);
    });

    defineCheck('RESP-004', object.plural, async ({ client }) => {
      const exchange = await client.request({ method: 'GET', path: fillIdTemplate(onePath, randomUUID()) });
      expectNo(judgeNotFound(answerOf(exchange), `GET ${onePath} with an id that does not exist`), exchange);
    });
  }
}

// RESP-005/006: `fields` projection, on the objects whose document declares it.
for (const object of subjectObjects('RESP-005', loadRunState(), (candidate) => projectable(candidate) && fieldsToProject(candidate).length > 0)) {
  const asked = fieldsToProject(object);

  defineCheck('RESP-005', object.plural, async ({ client }) => {
    const exchange = await client.request({ method: 'GET', path: object.listPath, query: { fields: asked.join(','), limit: String(SAMPLE) } });
    expectNo(judgeProjection(answerOf(exchange), object.envelopeKeys.list, asked, `GET ${object.listPath}?fields=${asked.join(',')}`), exchange);
    const records = dataOf(exchange.json, object.envelopeKeys.list);
    if (Array.isArray(records) && records.length === 0) tooFewRecords(object, `no ${object.plural} record to project (the list is empty)`);
  });

  defineCheck('RESP-006', object.plural, async ({ client }) => {
    const unknown = unknownFieldName(object);
    const fields = [asked[0], unknown].filter((name): name is string => name !== undefined).join(',');
    const exchange = await client.request({ method: 'GET', path: object.listPath, query: { fields, limit: '1' } });
    expectNo(judgeUnknownFieldRefusal(answerOf(exchange), unknown, `GET ${object.listPath}?fields=${fields} (${unknown} is not a field of ${object.singular})`), exchange);
  });
}
