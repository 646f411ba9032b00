// `fields` (contract §5.5, era D): a comma list of field names, trimmed and
// de-duplicated, repeated keys joined; `id` is always returned. Field names are the
// datamodel's (a relation is named `company`, not its join column `companyId`).
// Under `unknown-fields-accepted` unknown names are dropped instead of refused: the
// realistic shape of a parser that filters against the readable set.
import { badRequest } from '../errors.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import type { ParsedQuery } from './query-string.ts';

const EXPECTED = 'Expected a comma-separated list of field names, e.g. fields=id,name';

/** The asked field names, or undefined when `fields` was not sent. */
export function readFields(object: ObjectDef, query: ParsedQuery, fault: ActiveFault): string[] | undefined {
  const raw = query['fields'];
  if (raw === undefined) return undefined;
  const values = Array.isArray(raw) ? raw : [raw];
  if (!values.every((value): value is string => typeof value === 'string')) {
    throw badRequest(`'fields' parameter invalid. ${EXPECTED}`);
  }
  const names = [...new Set(values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== ''))];
  if (names.length === 0) throw badRequest(`'fields' parameter is empty. ${EXPECTED}`);
  const readable = new Set(object.fields.map((field) => field.name));
  const unknown = names.filter((name) => !readable.has(name));
  if (unknown.length > 0 && !fault.is('unknown-fields-accepted')) {
    throw badRequest(`'fields' parameter invalid. Unknown or unreadable fields on '${object.nameSingular}': ${unknown.join(', ')}`);
  }
  return names.filter((name) => readable.has(name));
}
