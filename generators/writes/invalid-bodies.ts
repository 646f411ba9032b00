// Pure: create bodies a server must refuse with 400 and write nothing from
// (contract §1.3, §6): a field the object does not have, a value of the wrong
// kind, a SELECT value that is no option, a relation id that does not exist,
// and a batch whose second item is bad (all or nothing). Each is built from a
// valid designed body, so the one defect is the only reason to refuse it.
import { errorBodyProblems } from '../errors/error-body.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { brief, type Answer, type WriteFinding } from './write-answer.ts';

export type Body = Record<string, unknown>;

export interface InvalidCase {
  name: string;
  /** A body for the object's create path, or an array for its batch path. */
  body: Body | Body[];
  batch: boolean;
  why: string;
}

/** A UUID no fixture or seed has (v4-shaped, fixed so a run can be replayed). */
export const MISSING_RELATION_ID = '7c0ffee0-0000-4000-8000-00000000dead';

function unknownFieldName(object: CatalogueObject): string {
  let name = 'conformanceUnknownField';
  while (object.fields.some((field) => field.name === name)) name += 'X';
  return name;
}

/** The wrong-kind value for the first field whose kind gives one that no coercion can save. */
function wrongKind(object: CatalogueObject): { field: string; value: unknown; kind: string } | undefined {
  const writable = object.fields.filter((field) => field.writable);
  const number = writable.find((field) => field.kind === 'NUMBER');
  if (number) return { field: number.name, value: 'not-a-number', kind: 'NUMBER' };
  const date = writable.find((field) => field.kind === 'DATE_TIME' || field.kind === 'DATE');
  if (date) return { field: date.name, value: 'not-a-date', kind: date.kind };
  const text = writable.find((field) => field.kind === 'TEXT');
  if (text) return { field: text.name, value: { nested: ['object'] }, kind: 'TEXT' };
  return undefined;
}

export function invalidCases(object: CatalogueObject, bodies: () => Body): InvalidCase[] {
  const cases: InvalidCase[] = [];
  const unknown = unknownFieldName(object);
  cases.push({ name: 'unknown field', body: { ...bodies(), [unknown]: 'x' }, batch: false, why: `${object.plural} has no field "${unknown}"` });
  const wrong = wrongKind(object);
  if (wrong) {
    cases.push({ name: `wrong kind (${wrong.kind})`, body: { ...bodies(), [wrong.field]: wrong.value }, batch: false, why: `${wrong.field} is ${wrong.kind}, sent ${JSON.stringify(wrong.value)}` });
  }
  const select = object.fields.find((field) => field.writable && field.kind === 'SELECT' && (field.options?.length ?? 0) > 0);
  if (select) {
    let value = 'NOT_AN_OPTION';
    while (select.options!.includes(value)) value += '_X';
    cases.push({ name: 'invalid SELECT option', body: { ...bodies(), [select.name]: value }, batch: false, why: `${select.name} options are ${select.options!.join(', ')}` });
  }
  const join = object.fields.find((field) => field.writable && field.kind === 'RELATION' && field.relation?.joinColumn === field.name);
  if (join) {
    cases.push({ name: 'relation id that does not exist', body: { ...bodies(), [join.name]: MISSING_RELATION_ID }, batch: false, why: `${join.name} points at no record` });
  }
  if (object.batchPath) {
    // A bad item that passes validation and fails in the database (a join column naming no record) tests the
    // batch's atomicity; an unknown field is refused before any insert, by Twenty as by the reference.
    const bad = join ? { ...bodies(), [join.name]: MISSING_RELATION_ID } : { ...bodies(), [unknown]: 'x' };
    const problem = join ? `its ${join.name} points at no record` : 'it has an unknown field';
    cases.push({ name: 'batch with one bad item', body: [bodies(), bad], batch: true, why: `the second item is refused (${problem}): the first must not be written either` });
  }
  return cases;
}

/** WRITE-010: an invalid body is refused with 400 and Twenty's error body (§6.1); `why` says what makes it invalid. */
export function judgeInvalidBodyRefused<A extends Answer>(answer: A, what: string, why: string): WriteFinding<A> | null {
  if (answer.status === 400 && errorBodyProblems(answer.json, 400).length === 0) return null;
  return { received: brief(answer), expected: `400 {"statusCode":400,"error":"…","messages":["…"]} for ${what}`, hint: why, exchange: answer };
}
