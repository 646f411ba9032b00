// Malformed `order_by`, `limit`, `depth` and cursor values. The shared parsers
// (parseOrderBy, parseLimit, parseDepth, decodeCursor) are the oracles: a case is
// kept only when Twenty's own reading of it ends in its 400 (contract §4, §5.1,
// §5.2, §5.3, §5.6, §12.1–§12.5, §12.9). Inputs Twenty quietly accepts (a blank
// limit, `depth=0x1`, a cursor of `null`) are deliberately never generated.
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { RestInputError } from '../errors/rest-input-error.ts';
import { fieldPaths } from '../fixtures/catalogue-resolver.ts';
import { DIRECTIONS, parseOrderBy } from '../order/grammar.ts';
import { decodeCursor, encodeCursor } from '../pagination/cursor.ts';
import { parseDepth, parseLimit } from '../pagination/params.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import type { RobustnessCase } from './cases.ts';
import { anyUnicodeArb, letterWordArb, spicyTextArb, unknownNameArb } from './hostile-text.ts';

function throwsInputError(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    if (error instanceof RestInputError) return true;
    throw error;
  }
}

// ---------------------------------------------------------------- order_by

/** A path the object can be sorted by (a scalar if there is one), else `id`. */
export function sortablePath(object: CatalogueObject): string {
  const paths = fieldPaths(object).filter((entry) => entry.sortable && entry.path[0] !== 'id');
  return (paths.find((entry) => entry.path.length === 1) ?? paths[0])?.path.join('.') ?? 'id';
}

/** Direction words that are not directions and not Object.prototype names (those fail later, §12.2). */
export function isRefusedDirection(word: string): boolean {
  return !(DIRECTIONS as readonly string[]).includes(word) && !(word in Object.prototype) && !/[[\],]/.test(word);
}

const BAD_DIRECTIONS = ['asc', 'desc', 'ASC', 'DESC', 'Asc', 'ascNullsFirst', 'AscNullsfirst', 'AscNullsFirst ', ' AscNullsFirst', 'AscendingNullsFirst', 'NullsFirst', 'Desc', '1', '-1', ''];

function orderCase(object: CatalogueObject, orderBy: string, why: string): RobustnessCase {
  return { family: 'order_by', path: object.listPath, query: { order_by: orderBy }, expect: 'bad-request', why };
}

function compositeName(object: CatalogueObject): string | undefined {
  return object.fields.find((field) => (field.subFields?.length ?? 0) > 0 && field.kind !== 'RELATION')?.name;
}

function knownPaths(object: CatalogueObject): Set<string> {
  const names = new Set(object.fields.map((field) => field.name));
  for (const entry of fieldPaths(object)) names.add(entry.path.join('.'));
  return names;
}

export function malformedOrderByExamples(object: CatalogueObject): RobustnessCase[] {
  const field = sortablePath(object);
  const cases: [string, string][] = [
    [`${field}[asc]`, 'directions are exact and case-sensitive'],
    ['zzNoSuchField[AscNullsFirst]', 'an unknown field'],
    ['', 'an empty order_by names the field ""'],
    [`${field},`, 'a trailing comma makes an empty item'],
  ];
  const composite = compositeName(object);
  if (composite) cases.push([`${composite}[AscNullsLast]`, 'a composite field needs a sub-field']);
  return cases.map(([value, why]) => orderCase(object, value, why));
}

/** True when some item of the order_by names a path the object does not have (Twenty's "does not exist" 400). */
export function namesUnknownPath(orderBy: string, known: ReadonlySet<string>): boolean {
  return orderBy.split(',').some((item) => !known.has(item.split('[')[0] ?? ''));
}

export function malformedOrderByArb(object: CatalogueObject): Arbitrary<RobustnessCase> {
  const field = sortablePath(object);
  const known = knownPaths(object);
  const direction = fc.oneof(fc.constantFrom(...BAD_DIRECTIONS), letterWordArb, spicyTextArb, anyUnicodeArb).filter(isRefusedDirection);
  const options: Arbitrary<[string, string]>[] = [
    direction
      .map((dir): [string, string] => [`${field}[${dir}]`, `'${dir}' is not a direction`])
      .filter(([value]) => throwsInputError(() => parseOrderBy(value))),
    fc
      .tuple(unknownNameArb, fc.option(fc.constantFrom(...DIRECTIONS), { nil: undefined }))
      .map(([name, dir]): [string, string] => [dir ? `${name}[${dir}]` : name, 'an unknown field']),
    fc
      .constantFrom('', ',', `${field},`, `,${field}`, `${field},,id`, ` ${field}`, `${field}[AscNullsFirst], id`)
      .map((value): [string, string] => [value, 'an empty or untrimmed item names an unknown field'])
      .filter(([value]) => namesUnknownPath(value, known)),
  ];
  const composite = compositeName(object);
  if (composite) options.push(fc.constantFrom(...DIRECTIONS).map((dir): [string, string] => [`${composite}[${dir}]`, 'a composite field needs a sub-field']));
  return fc.oneof(...options).map(([value, why]) => orderCase(object, value, why));
}

// ---------------------------------------------------------------- limit and depth

/** True when Twenty's reading of `raw` (a single value, or a repeated parameter) ends in its 400. */
export function refusesLimit(raw: string | string[]): boolean {
  return throwsInputError(() => parseLimit(raw, { defaultLimit: 60, maxLimit: 200 }));
}

export function refusesDepth(raw: string | string[]): boolean {
  return throwsInputError(() => parseDepth(raw));
}

function paramCase(object: CatalogueObject, name: 'limit' | 'depth', values: string[], why: string): RobustnessCase {
  const query = values.length === 1 ? { [name]: values[0] ?? '' } : values.map((value) => `${name}=${encodeURIComponent(value)}`).join('&');
  return { family: name, path: object.listPath, query, expect: 'bad-request', why };
}

export function invalidLimitDepthExamples(object: CatalogueObject): RobustnessCase[] {
  return [
    paramCase(object, 'limit', ['-1'], 'a negative limit'),
    paramCase(object, 'depth', ['2'], 'depth is 0 or 1'),
    paramCase(object, 'limit', ['abc'], 'not a number'),
    paramCase(object, 'limit', ['1', '2'], 'a repeated limit reads as "1,2"'),
    paramCase(object, 'depth', ['x'], 'not a number'),
    paramCase(object, 'depth', ['-1'], 'depth is 0 or 1'),
    paramCase(object, 'depth', ['1', '1'], 'a repeated depth reads as "1,1"'),
  ];
}

const NOT_NUMBERS = ['NaN', 'null', 'undefined', 'ten', '1O', '--1', '1-', '1e', '0x', '.', '١٢', '½', '[]', '{}', '1;2', '1 2', '0b2'];

export function invalidLimitDepthArb(object: CatalogueObject): Arbitrary<RobustnessCase> {
  const word = fc.oneof(fc.constantFrom(...NOT_NUMBERS), letterWordArb, spicyTextArb);
  const negative = fc.oneof(fc.integer({ min: -1_000_000, max: -1 }).map(String), fc.double({ min: -1e6, max: -1e-3, noNaN: true }).map(String));
  const repeated = fc.array(fc.integer({ min: 0, max: 5 }).map(String), { minLength: 2, maxLength: 3 });
  const limit = fc.oneof(word.map((v) => [v]), negative.map((v) => [v]), repeated).filter(refusesLimit);
  const depth = fc.oneof(word.map((v) => [v]), negative.map((v) => [v]), fc.integer({ min: 2, max: 1000 }).map((n) => [String(n)]), fc.constantFrom('true', '0.5', '1e1').map((v) => [v]), repeated).filter(refusesDepth);
  return fc.oneof(
    limit.map((values) => paramCase(object, 'limit', values, 'not a non-negative number')),
    depth.map((values) => paramCase(object, 'depth', values, 'depth is 0 or 1')),
  );
}

// ---------------------------------------------------------------- cursors

export type CursorReading = 'undecodable' | 'missing-key' | 'ignored' | 'usable';

/**
 * How Twenty reads a cursor under an order whose keys are `keys` (+ id):
 * undecodable → 400 "Invalid cursor"; a truthy value lacking a key → 400
 * "Cursor is missing the value…"; a falsy value → silently ignored (§12.5).
 */
export function readCursor(raw: string, keys: readonly string[]): CursorReading {
  let value: unknown;
  try {
    value = decodeCursor(raw);
  } catch (error) {
    if (error instanceof RestInputError) return 'undecodable';
    throw error;
  }
  if (!value) return 'ignored';
  if (typeof value !== 'object' || Array.isArray(value)) return 'missing-key';
  return [...keys, 'id'].every((key) => Object.hasOwn(value, key)) ? 'usable' : 'missing-key';
}

function cursorCase(object: CatalogueObject, query: Record<string, string>, why: string): RobustnessCase {
  return { family: 'cursor', path: object.listPath, query, expect: 'bad-request', why };
}

const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

export function malformedCursorExamples(object: CatalogueObject): RobustnessCase[] {
  const field = sortablePath(object);
  const cursor = encodeCursor({ id: ZERO_UUID });
  const cases = [
    cursorCase(object, { starting_after: 'invalid-cursor' }, 'not base64 of JSON'),
    cursorCase(object, { ending_before: encodeCursor({}) }, 'a cursor without id'),
    cursorCase(object, { starting_after: cursor, ending_before: cursor }, 'both cursors at once'),
    cursorCase(object, { starting_after: Buffer.from('42').toString('base64') }, 'a cursor that is not an object'),
  ];
  if (field !== 'id') cases.push(cursorCase(object, { order_by: `${field}[AscNullsFirst]`, starting_after: cursor }, `a cursor without the order's key "${field}"`));
  return cases;
}

export function malformedCursorArb(object: CatalogueObject): Arbitrary<RobustnessCase> {
  const param = fc.constantFrom('starting_after', 'ending_before');
  const junk = fc
    .oneof(fc.string({ minLength: 1, maxLength: 40 }), spicyTextArb, anyUnicodeArb, fc.base64String({ minLength: 4, maxLength: 40 }))
    .filter((raw) => readCursor(raw, []) === 'undecodable');
  const keyless = fc
    .oneof(fc.dictionary(unknownNameArb, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }), fc.integer({ min: 1 }), fc.constant([1]), letterWordArb, fc.constant(true))
    .map((value) => encodeCursor(value as Record<string, unknown>))
    .filter((raw) => readCursor(raw, []) === 'missing-key');
  return fc.oneof(
    fc.tuple(param, junk).map(([name, raw]) => cursorCase(object, { [name]: raw }, 'not base64 of JSON')),
    fc.tuple(param, keyless).map(([name, raw]) => cursorCase(object, { [name]: raw }, 'a cursor without the key "id"')),
  );
}
