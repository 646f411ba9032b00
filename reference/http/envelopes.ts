// The era-D success envelopes (contract §1.2), keyed by the object's names.
// Two envelope faults live here, where the keys and pageInfo are built.
import type { ObjectDef } from '../datamodel/types.ts';
import type { FindManyResult, PageInfo, RecordJson } from '../engine/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';

export const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function pageInfoBody(pageInfo: PageInfo, fault: ActiveFault): Record<string, unknown> {
  if (fault.is('page-info-drops-cursors')) {
    return { hasNextPage: pageInfo.hasNextPage, hasPreviousPage: pageInfo.hasPreviousPage };
  }
  return {
    startCursor: pageInfo.startCursor,
    endCursor: pageInfo.endCursor,
    hasNextPage: pageInfo.hasNextPage,
    hasPreviousPage: pageInfo.hasPreviousPage,
  };
}

export function findManyEnvelope(object: ObjectDef, result: FindManyResult, fault: ActiveFault) {
  return {
    data: { [object.namePlural]: result.records },
    totalCount: result.totalCount,
    pageInfo: pageInfoBody(result.pageInfo, fault),
  };
}

export function findOneEnvelope(object: ObjectDef, record: RecordJson, fault: ActiveFault) {
  const key = fault.is('find-one-wrong-envelope-key') ? object.namePlural : object.nameSingular;
  return { data: { [key]: record } };
}

export const createOneEnvelope = (object: ObjectDef, record: RecordJson) => ({
  data: { [`create${capitalize(object.nameSingular)}`]: record },
});

export const createManyEnvelope = (object: ObjectDef, records: RecordJson[]) => ({
  data: { [`create${capitalize(object.namePlural)}`]: records },
});

export const updateOneEnvelope = (object: ObjectDef, record: RecordJson) => ({
  data: { [`update${capitalize(object.nameSingular)}`]: record },
});

export const updateManyEnvelope = (object: ObjectDef, records: RecordJson[]) => ({
  data: { [`update${capitalize(object.namePlural)}`]: records },
});

export const deleteOneEnvelope = (object: ObjectDef, deleted: { id: string }) => ({
  data: { [`delete${capitalize(object.nameSingular)}`]: { id: deleted.id } },
});

export const deleteManyEnvelope = (object: ObjectDef, deleted: { id: string }[]) => ({
  data: { [`delete${capitalize(object.namePlural)}`]: deleted.map(({ id }) => ({ id })) },
});

export const restoreOneEnvelope = (object: ObjectDef, record: RecordJson) => ({
  data: { [`restore${capitalize(object.nameSingular)}`]: record },
});

export const restoreManyEnvelope = (object: ObjectDef, records: RecordJson[]) => ({
  data: { [`restore${capitalize(object.namePlural)}`]: records },
});
