// Malformed `filter=` values, in two layers, each with its own oracle:
// - grammar: strings Twenty's filter parser itself refuses (contract §3.1, §3.2,
//   §12.7, §12.8, §12.10). The shared parseFilter is the oracle: every case is a
//   string it throws on, so a server that answers 2xx or 5xx misreads the grammar.
// - schema: strings the parser accepts but the datamodel refuses (§3.3): unknown
//   fields, operators no version allows for the kind, values of the wrong type,
//   composites without a sub-field, relations by name. Only kinds the document
//   states without doubt (boolean, number, uuid, date-time) get operator and value
//   cases, so a misread kind can never turn into a false failure.
// Every case is rejected before any SQL is built, so no hostile byte reaches a database.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { RestInputError } from '../errors/rest-input-error.ts';
import { fieldPaths, type FieldPath } from '../fixtures/catalogue-resolver.ts';
import { parseFilter } from '../filter/grammar.ts';
import { typeFilterValue } from '../filter/typed-values.ts';
import { COMPARATORS, COMPARATORS_BY_KIND, type Comparator } from '../kinds/comparators.ts';
import { isCompositeKind } from '../kinds/field-kinds.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import type { RobustnessCase } from './cases.ts';
import { anyUnicodeArb, hostileTextArb, letterWordArb, longRunArb, spicyTextArb, unknownNameArb } from './hostile-text.ts';

/** True when Twenty's filter parser refuses the string with its 400 (our grammar is its twin). */
export function rejectsFilter(raw: string): boolean {
  try {
    parseFilter(raw);
    return false;
  } catch (error) {
    if (error instanceof RestInputError) return true;
    throw error;
  }
}

/** The path every case is built on: one the object really has, with `is` allowed. */
export function basePath(object: CatalogueObject): string {
  const found = fieldPaths(object).find((entry) => entry.comparators.includes('is'));
  return (found?.path ?? ['id']).join('.');
}

/** A leaf known to be accepted: `<path>[is]:NULL`. Cases change one thing from it. */
export function baseLeaf(object: CatalogueObject): string {
  return `${basePath(object)}[is]:NULL`;
}

function filterCase(object: CatalogueObject, family: 'filter' | 'filter-schema', filter: string, why: string): RobustnessCase {
  return { family, path: object.listPath, query: { filter }, expect: 'bad-request', why };
}

function insertAt(text: string, at: number, piece: string): string {
  const index = at % (text.length + 1);
  return `${text.slice(0, index)}${piece}${text.slice(index)}`;
}

// ---------------------------------------------------------------- grammar layer

/** The fixed table that always runs first; the most telling cases lead (smoke runs only the first few). */
export function malformedFilterExamples(object: CatalogueObject): RobustnessCase[] {
  const field = basePath(object);
  const leaf = baseLeaf(object);
  const cases: [string, string][] = [
    [`${field}[eq]:"(x"`, 'a parenthesis inside quotes still counts: 1 close bracket is missing'],
    [`and(${leaf}`, 'unbalanced group'],
    [`${field}[zz]:1`, 'unknown comparator'],
    [`not(${leaf},${leaf})`, "'not' takes exactly one condition"],
    ['', 'an empty filter reads as and()'],
    [`${field}[eq]:`, 'a leaf needs a value'],
    [`and(${leaf},)`, 'a trailing comma makes an empty child'],
    [`${field}[in]:x`, "'in' needs a [list]"],
    [`${field}:x[eq]:1`, "a ':' before the first '[' makes the comparator swallow the rest"],
    ['or()', 'an empty group'],
    [`${field}[EQ]:1`, 'comparators are case-sensitive'],
    [`${leaf})`, '1 open bracket is missing'],
    [`${'and('.repeat(100)}${leaf}${')'.repeat(99)}`, 'deep nesting, one bracket short'],
    [`${field}[eq]:a\nb`, 'a line break cannot sit inside a leaf'],
  ];
  return cases.map(([filter, why]) => filterCase(object, 'filter', filter, why));
}

const BAD_COMPARATORS = ['EQ', 'Eq', 'equals', '=', '!=', '<>', 'contains', 'containsIlike', 'isEmptyArray', 'search', 'notIn', 'like ', ' eq', 'eq ', 'null', 'NULL'];

/** Random strings of the grammar layer, each one parseFilter refuses. */
export function malformedFilterArb(object: CatalogueObject): Arbitrary<RobustnessCase> {
  const field = basePath(object);
  const leaf = baseLeaf(object);
  const valid = fc.constantFrom(leaf, `and(${leaf},${leaf})`, `or(${leaf},not(${leaf}))`, `not(${leaf})`);
  const comparatorArb = fc.oneof(
    fc.constantFrom(...BAD_COMPARATORS),
    letterWordArb.filter((word) => !(COMPARATORS as readonly string[]).includes(word)),
    anyUnicodeArb,
  );
  const mutations: Arbitrary<[string, string]>[] = [
    fc.tuple(valid, fc.nat(), fc.constantFrom('(', ')')).map(([text, at, paren]) => [insertAt(text, at, paren), `a stray '${paren}'`]),
    fc.tuple(hostileTextArb, fc.constantFrom('(', ')')).map(([text, paren]) => [`${field}[eq]:"${text}${paren}"`, `unbalanced '${paren}' in a quoted value`]),
    comparatorArb.map((comparator) => [`${field}[${comparator}]:1`, 'not a comparator']),
    fc.constantFrom('', 'and()', 'or()', 'not()', 'and(and())', `or(${leaf},and())`).map((text) => [text, 'an empty group']),
    fc.constantFrom(`${field}[eq]:`, `${field}:1`, `${field}=1`, `${field}[eq]1`, field, `[eq]:1`).map((text) => [text, 'not a field[op]:value leaf']),
    fc.constantFrom(`and(${leaf},)`, `${leaf},,${leaf}`, `,${leaf}`, `${leaf},`, `or(,${leaf})`).map((text) => [text, 'an empty child']),
    fc.integer({ min: 2, max: 5 }).map((n) => [`not(${Array(n).fill(leaf).join(',')})`, "'not' takes exactly one condition"]),
    fc.tuple(fc.constantFrom('in', 'containsAny'), fc.oneof(letterWordArb, spicyTextArb)).map(([op, value]) => [`${field}[${op}]:${value}`, `'${op}' needs a [list]`]),
    fc.tuple(letterWordArb, fc.constantFrom('\n', '\r', '\u2028', '\u2029'), letterWordArb).map(([a, br, b]) => [`${field}[eq]:${a}${br}${b}`, 'a line terminator inside a leaf']),
    fc.integer({ min: 2, max: 200 }).map((n) => [`${'and('.repeat(n)}${leaf}${')'.repeat(n - 1)}`, `nesting ${n} deep, one bracket short`]),
    fc.integer({ min: 1, max: 200 }).map((n) => [`${'or('.repeat(n)}${')'.repeat(n)}`, `empty groups nested ${n} deep`]),
    longRunArb.map((run) => [`${field}[eq]:"${run}("`, 'a long value with an unbalanced bracket']),
  ];
  return fc
    .oneof(...mutations)
    .filter(([filter]) => rejectsFilter(filter))
    .map(([filter, why]) => filterCase(object, 'filter', filter, why));
}

// ---------------------------------------------------------------- schema layer

const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

/** A value each confidently-typed kind accepts, for operator cases. */
const PLAIN_VALUE: Partial<Record<FieldPath['resolved']['kind'], string>> = {
  BOOLEAN: 'true',
  NUMBER: '1',
  NUMERIC: '1',
  UUID: ZERO_UUID,
  RELATION: ZERO_UUID,
  DATE_TIME: '2024-01-01T00:00:00Z',
};

/** Kinds whose reading from the document is certain (type boolean/number, format uuid/date-time). */
function isConfidentKind(kind: FieldPath['resolved']['kind']): boolean {
  return PLAIN_VALUE[kind] !== undefined;
}

/** Comparators no stored Twenty version allows for the kind (the lenient table's complement). */
export function refusedComparators(entry: FieldPath): Comparator[] {
  const kind = entry.resolved.kind;
  const allowed = new Set<Comparator>([...COMPARATORS_BY_KIND[kind], ...entry.comparators]);
  return COMPARATORS.filter((comparator) => !allowed.has(comparator));
}

function leafText(path: string, comparator: Comparator, value: string): string {
  return `${path}[${comparator}]:${comparator === 'in' || comparator === 'containsAny' ? `[${value}]` : value}`;
}

/** True when Twenty's value validation (§3.3) refuses `text` for the field. */
export function refusesValue(entry: FieldPath, text: string): boolean {
  try {
    typeFilterValue(text, entry.resolved, entry.path.join('.'));
    return false;
  } catch (error) {
    if (error instanceof RestInputError) return true;
    throw error;
  }
}

function confidentPaths(object: CatalogueObject): FieldPath[] {
  return fieldPaths(object).filter((entry) => isConfidentKind(entry.resolved.kind));
}

function compositeNames(object: CatalogueObject): string[] {
  return object.fields.filter((field) => isCompositeKind(field.kind) && (field.subFields?.length ?? 0) > 0).map((field) => field.name);
}

/** Relation fields named directly (`company`, `people`), not their join columns. */
function relationNames(object: CatalogueObject): string[] {
  return object.fields.filter((field) => field.kind === 'RELATION' && field.relation?.joinColumn !== field.name).map((field) => field.name);
}

export function invalidFilterExamples(object: CatalogueObject): RobustnessCase[] {
  const cases: [string, string][] = [['zzNoSuchField[eq]:1', 'an unknown field']];
  const typed = confidentPaths(object)[0];
  if (typed) cases.push([`${typed.path.join('.')}[eq]:zzNotAValue`, `not a ${typed.resolved.kind} value`]);
  cases.push([`${basePath(object)}[is]:null`, "'is' takes NULL or NOT_NULL, case-sensitive"]);
  const composite = compositeNames(object)[0];
  if (composite) cases.push([`${composite}[eq]:x`, 'a composite field needs a sub-field']);
  const relation = relationNames(object)[0];
  if (relation) cases.push([`${relation}[eq]:${ZERO_UUID}`, 'a relation is filtered through its join column']);
  return cases.map(([filter, why]) => filterCase(object, 'filter-schema', filter, why));
}

/** Filters the grammar reads but the datamodel refuses. */
export function invalidFilterArb(object: CatalogueObject): Arbitrary<RobustnessCase> {
  const base = basePath(object);
  const typed = confidentPaths(object);
  const composites = compositeNames(object);
  const relations = relationNames(object);
  const options: Arbitrary<[string, string]>[] = [
    fc.tuple(unknownNameArb, fc.constantFrom<Comparator>('eq', 'is', 'in', 'gt')).map(([name, op]) => [leafText(name, op, op === 'is' ? 'NULL' : '1'), 'an unknown field']),
    fc.constantFrom(' ', '  ').map((pad) => [`${base}[is]:NULL,${pad}${base}[is]:NULL`, 'leaves are not trimmed: the field name starts with a space']),
    fc.oneof(fc.constantFrom('null', 'Null', 'NOT NULL', 'notnull', '"NULL"', 'NONE', 'true'), letterWordArb)
      .filter((value) => value !== 'NULL' && value !== 'NOT_NULL')
      .map((value) => [`${base}[is]:${value}`, "'is' takes NULL or NOT_NULL"]),
  ];
  const withRefused = typed.filter((entry) => refusedComparators(entry).length > 0);
  if (withRefused.length > 0) {
    options.push(
      fc
        .constantFrom(...withRefused)
        .chain((entry) => fc.constantFrom(...refusedComparators(entry)).map((op) => [leafText(entry.path.join('.'), op, PLAIN_VALUE[entry.resolved.kind] ?? '1'), `'${op}' is not allowed for ${entry.resolved.kind}`] as [string, string])),
    );
  }
  if (typed.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...typed), fc.oneof(letterWordArb, fc.constantFrom('TRUE', 'False', 'yes', '1', '0', 'NaN', 'zz-zz')))
        .filter(([entry, value]) => refusesValue(entry, value))
        .map(([entry, value]) => [leafText(entry.path.join('.'), 'eq', value), `not a ${entry.resolved.kind} value`]),
    );
  }
  if (composites.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...composites), fc.oneof(fc.constant(null), unknownNameArb)).map(([name, sub]) => [
        sub === null ? `${name}[eq]:x` : `${name}.${sub}[eq]:x`,
        sub === null ? 'a composite field needs a sub-field' : 'an unknown sub-field',
      ]),
    );
  }
  if (relations.length > 0) {
    options.push(fc.constantFrom(...relations).map((name) => [`${name}[eq]:${ZERO_UUID}`, 'a relation is filtered through its join column']));
  }
  return fc
    .oneof(...options)
    .filter(([filter]) => !rejectsFilter(filter))
    .map(([filter, why]) => filterCase(object, 'filter-schema', filter, why));
}
