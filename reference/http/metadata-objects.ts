// GET /rest/metadata/objects: the era-D flat list envelope (contract §1.5)
// describing the reference's objects and fields. Cursors are raw object ids.
import { createHash } from 'node:crypto';
import type { Datamodel, FieldDef, ObjectDef } from '../datamodel/types.ts';
import { badRequest } from '../errors.ts';
import { isValidUuid } from './core-path.ts';
import type { ParsedQuery } from './query-string.ts';

export const METADATA_LIMIT = { defaultLimit: 1000, maxLimit: 1000 };

/** Stable ids derived from names, so cursors survive restarts. */
export function metadataId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function describeField(object: ObjectDef, field: FieldDef) {
  return {
    id: metadataId(object.nameSingular, field.name),
    name: field.name,
    type: field.kind,
    description: field.description ?? null,
    isNullable: field.nullable,
    isSystem: field.system === true,
    // Twenty's field metadata carries isUnique (REAL-WORKSPACE.md §2.2): the suite's only source for unique custom fields.
    isUnique: field.unique === true,
    isCustom: field.custom === true,
    options: field.options ?? null,
    relation: field.relation
      ? { type: field.relation.type, targetObjectNameSingular: field.relation.target, joinColumnName: field.relation.joinColumn ?? null }
      : null,
  };
}

export function describeObject(object: ObjectDef) {
  return {
    id: metadataId(object.nameSingular),
    nameSingular: object.nameSingular,
    namePlural: object.namePlural,
    labelSingular: object.labelSingular,
    description: object.description,
    isCustom: false,
    isActive: true,
    isSystem: object.system === true,
    fields: object.fields.map((field) => describeField(object, field)),
  };
}

function readCursor(query: ParsedQuery, name: string): string | undefined {
  const value = query[name];
  if (typeof value !== 'string' || value === '') return undefined;
  if (!isValidUuid(value)) throw badRequest(`Invalid cursor: ${value}`);
  return value;
}

function readMetadataLimit(query: ParsedQuery): number {
  const raw = query['limit'];
  if (raw === undefined || raw === '') return METADATA_LIMIT.defaultLimit;
  const text = String(raw);
  if (!/^\d+$/.test(text)) throw badRequest(`limit '${text}' is invalid. Should be an integer`);
  return Math.min(Number(text), METADATA_LIMIT.maxLimit);
}

export function listMetadataObjects(model: Datamodel, query: ParsedQuery) {
  if (typeof query['starting_after'] === 'string' && typeof query['ending_before'] === 'string' && query['starting_after'] && query['ending_before']) {
    throw badRequest("'starting_after' and 'ending_before' cannot be used together.");
  }
  const limit = readMetadataLimit(query);
  const startingAfter = readCursor(query, 'starting_after');
  const endingBefore = readCursor(query, 'ending_before');
  const all = model.objects.map(describeObject).sort((a, b) => a.id.localeCompare(b.id));
  let page: typeof all;
  let hasNextPage: boolean;
  let hasPreviousPage: boolean;
  if (endingBefore !== undefined) {
    const before = all.filter((object) => object.id < endingBefore);
    page = before.slice(Math.max(0, before.length - limit));
    hasPreviousPage = before.length > page.length;
    hasNextPage = true;
  } else {
    const after = startingAfter === undefined ? all : all.filter((object) => object.id > startingAfter);
    page = after.slice(0, limit);
    hasNextPage = after.length > page.length;
    hasPreviousPage = startingAfter !== undefined;
  }
  return {
    data: page,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: page[0]?.id ?? null,
      endCursor: page[page.length - 1]?.id ?? null,
    },
    totalCount: all.length,
  };
}
