// Request bodies a server must refuse without writing anything: malformed JSON
// and JSON that is not an object, sent to create one / create many, and any of
// those (plus arrays and unknown fields) to update a record that does not exist.
// Nothing here can create a record on a correct server: a body that is not JSON
// or not an object cannot be a record (Express's strict JSON parser refuses
// primitives), and an update of an absent id has nothing to change. Unknown
// fields are never sent to a create: the contract leaves them open (§11.2).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { anyUnicodeArb, unknownNameArb } from './hostile-text.ts';
import { fillIdTemplate } from '../openapi/record-path.ts';

export interface BodyCase {
  method: 'POST' | 'PATCH';
  /** Relative to `/rest`. */
  path: string;
  /** Sent verbatim with Content-Type: application/json. */
  body: string;
  why: string;
}

/** True when the text is not JSON at all. */
export function isMalformedJson(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/** True when the text is JSON but not an object (and not an array). */
export function isJsonPrimitive(text: string): boolean {
  if (isMalformedJson(text)) return false;
  const value: unknown = JSON.parse(text);
  return value === null || typeof value !== 'object';
}

const MALFORMED = ['{', '{"name":', '{"a" 1}', "{'a':1}", '{"a":1}}', '[1,', 'nope', '{"a":undefined}', '{"a":NaN}', '{"a":1,}', '\u0000{}', '{"a":"\u0001'];
const PRIMITIVES = ['42', '"text"', 'true', 'false', 'null', '-0', '1e400', '""'];

const malformedArb: Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...MALFORMED),
    fc.tuple(fc.json({ maxDepth: 2 }), fc.nat()).map(([json, cut]) => json.slice(0, Math.max(1, cut % json.length))),
    anyUnicodeArb.map((text) => `{${text}`),
  )
  .filter((text) => text.trim() !== '' && isMalformedJson(text));

const primitiveArb: Arbitrary<string> = fc.oneof(fc.constantFrom(...PRIMITIVES), fc.integer().map(String), fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s)));

/** The id of a record that cannot exist (a fresh random UUID per case). */
function absentOnePath(onePath: string, uuid: string): string {
  return fillIdTemplate(onePath, uuid);
}

export function bodyCaseExamples(object: CatalogueObject): BodyCase[] {
  const cases: BodyCase[] = [
    { method: 'POST', path: object.listPath, body: '{"name":', why: 'truncated JSON' },
    { method: 'POST', path: object.listPath, body: '42', why: 'a JSON number is not a record' },
  ];
  if (object.batchPath) cases.push({ method: 'POST', path: object.batchPath, body: '[{"a":1},', why: 'truncated JSON array' });
  if (object.onePath) {
    cases.push({ method: 'PATCH', path: absentOnePath(object.onePath, '00000000-0000-4000-8000-00000000dead'), body: '{"zzNoSuchField":1}', why: 'an unknown field on a record that does not exist' });
  }
  return cases;
}

export function bodyCaseArb(object: CatalogueObject): Arbitrary<BodyCase> {
  const options: Arbitrary<BodyCase>[] = [
    malformedArb.map((body) => ({ method: 'POST', path: object.listPath, body, why: 'malformed JSON' })),
    primitiveArb.map((body) => ({ method: 'POST', path: object.listPath, body, why: 'JSON that is not an object' })),
  ];
  const batchPath = object.batchPath;
  if (batchPath) options.push(malformedArb.map((body) => ({ method: 'POST', path: batchPath, body, why: 'malformed JSON' })));
  const onePath = object.onePath;
  if (onePath) {
    const anyBody = fc.oneof(
      malformedArb,
      primitiveArb,
      fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }).map((items) => JSON.stringify(items)),
      fc.dictionary(unknownNameArb, fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 3 }).map((value) => JSON.stringify(value)),
    );
    options.push(fc.tuple(fc.uuid(), anyBody).map(([uuid, body]) => ({ method: 'PATCH', path: absentOnePath(onePath, uuid), body, why: 'an update of a record that does not exist' })));
  }
  return fc.oneof(...options);
}

export function describeBodyCase(value: BodyCase): string {
  const shown = value.body.length > 80 ? `${value.body.slice(0, 77)}...` : value.body;
  return `${value.method} /rest${value.path} body ${JSON.stringify(shown)} (${value.why})`;
}
