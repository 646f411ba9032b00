// Malformed record paths (contract §1.1): a second segment that is not a UUID
// (and not one of the collection actions) → 400 "'<segment>' is not a valid
// UUID"; a first segment that names no object → 400 "object '<x>' not found".
// Segments avoid `/`, `%`, `?`, `#`, `\` and dot segments, which URL
// normalisation or proxies would rewrite before Twenty ever saw them.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import type { RobustnessCase } from './cases.ts';
import { unknownNameArb } from './hostile-text.ts';
import { fillIdTemplate } from '../openapi/record-path.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Second segments that are routes, not ids (§1.1), or that a URL parser rewrites. */
const RESERVED = new Set(['duplicates', 'groupBy', 'merge', 'restore', '.', '..']);
const UNSAFE = /[/%?#\\]/;

/** True when the segment must be refused as a record id. */
export function isMalformedId(segment: string): boolean {
  return segment !== '' && !UUID.test(segment) && !RESERVED.has(segment) && !UNSAFE.test(segment) && segment.trim() === segment;
}

function idPath(onePath: string, segment: string): string {
  return fillIdTemplate(onePath, segment);
}

function idCase(onePath: string, segment: string, why: string): RobustnessCase {
  return { family: 'record-id', path: idPath(onePath, segment), query: {}, expect: 'bad-request', why };
}

function objectCase(path: string, why: string): RobustnessCase {
  return { family: 'object', path, query: {}, expect: 'bad-request', why };
}

const SAMPLE_UUID = '20202020-0f1e-4a7b-8c9d-0123456789ab';

/** UUID look-alikes that are not UUIDs: one character off, too short, too long, no dashes. */
const nearUuidArb: Arbitrary<string> = fc.oneof(
  fc.tuple(fc.uuid(), fc.nat(35), fc.constantFrom('g', 'z', 'G', '_', ' ', 'é')).map(([uuid, at, c]) => `${uuid.slice(0, at)}${c}${uuid.slice(at + 1)}`),
  fc.tuple(fc.uuid(), fc.integer({ min: 1, max: 35 })).map(([uuid, length]) => uuid.slice(0, length)),
  fc.uuid().map((uuid) => `${uuid}0`),
  fc.uuid().map((uuid) => uuid.replace(/-/g, '')),
  fc.uuid().map((uuid) => `{${uuid}}`),
);

const hostileIdArb: Arbitrary<string> = fc.oneof(
  fc.constantFrom('not-a-uuid', 'malformed-uuid', '0', '-1', 'null', 'undefined', "' OR '1'='1", '1;DROP TABLE person', '<script>', 'ñandú', '漢字', '🙂', 'x'.repeat(300)),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
);

export function malformedPathExamples(object: CatalogueObject, others: readonly string[]): RobustnessCase[] {
  const cases: RobustnessCase[] = [];
  if (object.onePath) cases.push(idCase(object.onePath, 'not-a-uuid', 'the record id is not a UUID'));
  cases.push(objectCase('/zzNoSuchObjects', 'no object has this plural name'));
  if (object.onePath) cases.push(idCase(object.onePath, `${SAMPLE_UUID.slice(0, 35)}g`, 'one character off a UUID'));
  if (object.singular !== object.plural && !others.includes(object.singular)) {
    cases.push(objectCase(`/${encodeURIComponent(object.singular)}`, 'the singular name is not a route'));
  }
  return cases;
}

/** Non-UUID ids on the object's get-one path, and object names no workspace has. */
export function malformedPathArb(object: CatalogueObject): Arbitrary<RobustnessCase> {
  const options: Arbitrary<RobustnessCase>[] = [
    fc.tuple(unknownNameArb, fc.option(fc.uuid(), { nil: undefined })).map(([name, id]) => objectCase(id ? `/${name}/${id}` : `/${name}`, 'no object has this plural name')),
  ];
  const onePath = object.onePath;
  if (onePath) {
    options.push(
      fc
        .oneof(nearUuidArb, hostileIdArb)
        .filter(isMalformedId)
        .map((segment) => idCase(onePath, segment, 'the record id is not a UUID')),
    );
  }
  return fc.oneof(...options);
}
