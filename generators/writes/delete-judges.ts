// Pure judges of deleting and restoring one record (contract §1.1, §1.3, §3.4):
// WRITE-005 (a plain DELETE destroys: get-one 404, nothing listed even when the
// filter names deletedAt), WRITE-006 (soft_delete=true hides the record unless the
// filter names deletedAt), WRITE-007 (restore answers the record with deletedAt
// null and lists it again). Both deletes answer `{data:{delete<Singular>:{id}}}`.
import { brief, dataOf, judgeRecordAnswer, judgeStatus, recordIn, type Answer, type RecordJson, type WriteFinding } from './write-answer.ts';

/** A delete's answer: 200 and `{data:{<key>:{id}}}` naming the deleted record. */
export function judgeDeleteAnswer<A extends Answer>(answer: A, id: string, key: string, what: string): WriteFinding<A> | null {
  const status = judgeStatus(answer, 200, what);
  if (status) return status;
  const deleted = dataOf(answer.json, key) as RecordJson | undefined;
  return deleted?.['id'] === id ? null : { received: brief(answer), expected: `{"data":{"${key}":{"id":"${id}"}}}`, exchange: answer };
}

/**
 * WRITE-005: after a plain DELETE, get-one answers 404 and (once the spec has
 * listed them) no record carrying the record's tag is found, even with deletedAt
 * named in the filter.
 */
export function judgeDestroyed<A extends Answer>(getOne: A, what: string, listed?: { count: number; exchange: A }): WriteFinding<A> | null {
  const status = judgeStatus(getOne, 404, what);
  if (status || !listed || listed.count === 0) return status;
  return { received: `${listed.count} record(s) still listed with deletedAt named in the filter`, expected: 'none: a plain DELETE destroys the record', exchange: listed.exchange };
}

/** WRITE-006: a filter that does not name deletedAt lists the soft-deleted record nowhere. */
export function judgeSoftDeleteHidden<A extends Answer>(id: string, listed: { records: readonly RecordJson[]; exchange: A }): WriteFinding<A> | null {
  if (listed.records.length === 0) return null;
  return { received: `id[in]:[${id}] lists ${listed.records.length} record(s)`, expected: 'none: a soft-deleted record is hidden unless the filter names deletedAt', exchange: listed.exchange };
}

/** WRITE-006: a filter naming deletedAt lists the soft-deleted record, with deletedAt set. */
export function judgeSoftDeletedListed<A extends Answer>(listed: { records: readonly RecordJson[]; exchange: A }): WriteFinding<A> | null {
  const found = listed.records[0];
  if (listed.records.length === 1 && found?.['deletedAt'] !== null && found?.['deletedAt'] !== undefined) return null;
  return {
    received: `${listed.records.length} record(s)${found ? `, deletedAt ${JSON.stringify(found['deletedAt'])}` : ''}`,
    expected: 'the record, with deletedAt set, when the filter names deletedAt',
    exchange: listed.exchange,
  };
}

/** WRITE-007 on the restore answer: 200, `{data:{restore<Singular>:record}}`, deletedAt null. */
export function judgeRestoreAnswer<A extends Answer>(answer: A, key: string, what: string): WriteFinding<A> | null {
  const shape = judgeStatus(answer, 200, what) ?? judgeRecordAnswer(answer, key, what);
  if (shape) return shape;
  const deletedAt = recordIn(answer.json, key)!['deletedAt'];
  return deletedAt === null || deletedAt === undefined ? null : { received: `deletedAt ${JSON.stringify(deletedAt)} in the restore answer`, expected: 'deletedAt null', exchange: answer };
}

/** WRITE-007 after the restore: the record is listed again by a filter that does not name deletedAt. */
export function judgeRestoredListed<A extends Answer>(id: string, listed: { records: readonly RecordJson[]; exchange: A }): WriteFinding<A> | null {
  if (listed.records.length === 1) return null;
  return { received: `id[in]:[${id}] lists ${listed.records.length} record(s) after the restore`, expected: 'the restored record, listed again', exchange: listed.exchange };
}
