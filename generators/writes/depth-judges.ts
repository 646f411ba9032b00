// Pure judges of WRITE-009 (contract §1.2, §5.6, §9): with depth=1 the record a
// join column points at is embedded under the relation's name, on get-one and in
// the answer of a create.
import { judgeRecordAnswer, judgeStatus, recordIn, type Answer, type RecordJson, type WriteFinding } from './write-answer.ts';

/** The relation and the id its join column holds. */
export interface Embedding {
  relation: string;
  targetId: unknown;
}

const embeddedIn = (record: RecordJson, relation: string) => record[relation] as RecordJson | null | undefined;

/** WRITE-009 on get-one with depth=1: 200, the record, and the related record embedded. */
export function judgeEmbeddedOnRead<A extends Answer>(embedding: Embedding, answer: A, key: string, what: string): WriteFinding<A> | null {
  const shape = judgeStatus(answer, 200, what) ?? judgeRecordAnswer(answer, key, 'get-one depth=1');
  if (shape) return shape;
  const embedded = embeddedIn(recordIn(answer.json, key)!, embedding.relation);
  if (embedded?.['id'] === embedding.targetId) return null;
  return {
    received: `${embedding.relation} is ${JSON.stringify(embedded)?.slice(0, 120)}`,
    expected: `the related record ${embedding.targetId} embedded as ${embedding.relation} with depth=1`,
    exchange: answer,
  };
}

/** WRITE-009 on a create with depth=1: the created record embeds the related one. */
export function judgeEmbeddedOnWrite<A extends Answer>(embedding: Embedding, record: RecordJson, answer: A): WriteFinding<A> | null {
  const embedded = embeddedIn(record, embedding.relation);
  if (embedded?.['id'] === embedding.targetId) return null;
  return { received: `${embedding.relation} is ${JSON.stringify(embedded)?.slice(0, 120)} in the create answer`, expected: `the related record embedded with depth=1 on POST`, exchange: answer };
}
