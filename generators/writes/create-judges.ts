// Pure judges of creating records (contract §1.1, §1.2, §1.4): WRITE-001 (one
// create: 201, the envelope, every value read back), WRITE-002 (a batch: 201, the
// records in input order, each read back; and the fixture setup's batches that
// wrote their records against the contract), WRITE-003 (get-one after a create
// answers the record as created). The checks that only need a record to work on
// accept any 2xx that holds one: the 201 is WRITE-001's and WRITE-002's to judge.
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { tagLocation, tagValueOf } from '../fixtures/run-tag.ts';
import { changedFields, judgeReadBack } from './read-back.ts';
import { batchCreateKey } from './envelope-keys.ts';
import { brief, dataOf, judgeRecordAnswer, judgeStatus, recordIn, type Answer, type RecordJson, type WriteFinding } from './write-answer.ts';

/** A create another check builds on: any 2xx holding a record with an id (not 2xx: the 201 the contract names). */
export function judgeCreatedForUse<A extends Answer>(answer: A, key: string, what: string): WriteFinding<A> | null {
  if (answer.status < 200 || answer.status > 299) return judgeStatus(answer, 201, what);
  return judgeRecordAnswer(answer, key, what);
}

/** WRITE-001: 201, `{data:{create<Singular>:record}}`, and the record holds every value sent. */
export function judgeCreate<A extends Answer>(object: CatalogueObject, sent: RecordJson, answer: A, key: string, what: string): WriteFinding<A> | null {
  return judgeStatus(answer, 201, what) ?? judgeRecordAnswer(answer, key, what) ?? judgeReadBack(object, sent, recordIn(answer.json, key)!, answer, what);
}

/** WRITE-002 on the fixture setup: its first batch answer that wrote the records but broke the contract (the run went on with them). */
export function judgeSetupBatches<A extends Answer>(object: CatalogueObject, deviations: readonly { plural: string; deviation: string; exchange: A }[]): WriteFinding<A> | null {
  const deviant = deviations.find((entry) => entry.plural === object.plural);
  if (!deviant) return null;
  return {
    received: deviant.deviation,
    expected: `201 {"data":{"${batchCreateKey(object)}":[…every record…]}}`,
    hint: 'seen while creating the fixtures; the run went on with the records it wrote',
    exchange: deviant.exchange,
  };
}

/** WRITE-002: 201, `{data:{create<Plural>:[…]}}`, the records in input order (told by their tags), each holding what was sent. */
export function judgeBatchCreate<A extends Answer>(object: CatalogueObject, sent: readonly RecordJson[], answer: A): WriteFinding<A> | null {
  const status = judgeStatus(answer, 201, `POST ${object.batchPath}`);
  if (status) return status;
  const key = batchCreateKey(object);
  const records = dataOf(answer.json, key);
  if (!Array.isArray(records)) return { received: brief(answer), expected: `{"data":{"${key}":[…]}}`, exchange: answer };
  const location = tagLocation(object)!;
  const sentTags = sent.map((body) => String(tagValueOf(body, location)));
  const gotTags = (records as RecordJson[]).map((record) => String(tagValueOf(record, location)));
  if (JSON.stringify(sentTags) !== JSON.stringify(gotTags)) {
    return { received: `records tagged ${gotTags.join(', ')}`, expected: `the ${sent.length} records in input order: ${sentTags.join(', ')}`, exchange: answer };
  }
  for (const [index, body] of sent.entries()) {
    const finding = judgeReadBack(object, body, (records as RecordJson[])[index]!, answer, `batch item ${index + 1}`);
    if (finding) return finding;
  }
  return null;
}

/** WRITE-003: get-one answers 200 with the record, holding what was sent and equal to the create answer. */
export function judgeGetOneAfterCreate<A extends Answer>(object: CatalogueObject, sent: RecordJson, created: RecordJson, answer: A, key: string, what: string): WriteFinding<A> | null {
  const shape = judgeStatus(answer, 200, what) ?? judgeRecordAnswer(answer, key, 'get-one');
  if (shape) return shape;
  const got = recordIn(answer.json, key)!;
  const readBack = judgeReadBack(object, sent, got, answer, 'get-one after create');
  if (readBack) return readBack;
  const changed = changedFields(created, got, new Set());
  return changed.length > 0 ? { received: `get-one differs from the create answer in ${changed.join(', ')}`, expected: 'the record as created', exchange: answer } : null;
}
