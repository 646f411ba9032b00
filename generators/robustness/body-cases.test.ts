import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bodyCaseArb, bodyCaseExamples, describeBodyCase, isJsonPrimitive, isMalformedJson, type BodyCase } from './body-cases.ts';
import { referenceCatalogue, referenceObject } from '../../testing/robustness/testing-catalogue.ts';

const ONE = /^\/[A-Za-z]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

test('the JSON predicates tell malformed text, primitives and containers apart', () => {
  assert.equal(isMalformedJson('{"a":'), true);
  assert.equal(isMalformedJson('{}'), false);
  assert.equal(isJsonPrimitive('42'), true);
  assert.equal(isJsonPrimitive('null'), true);
  assert.equal(isJsonPrimitive('[]'), false);
  assert.equal(isJsonPrimitive('{'), false);
});

test('a create only ever carries malformed JSON or a primitive; anything else goes to an absent id', () => {
  for (const object of referenceCatalogue.objects) {
    const check = (value: BodyCase) => {
      if (value.method === 'POST') {
        assert.ok(value.path === object.listPath || value.path === object.batchPath, describeBodyCase(value));
        assert.ok(isMalformedJson(value.body) || (value.path === object.listPath && isJsonPrimitive(value.body)), describeBodyCase(value));
        assert.notEqual(value.body.trim(), '', 'an empty body reads as {} and would create a record');
      } else {
        assert.match(value.path, ONE);
      }
    };
    bodyCaseExamples(object).forEach(check);
    fc.assert(fc.property(bodyCaseArb(object), check), { numRuns: 300, seed: 41 });
  }
});

test('body examples: truncated JSON and a number to the collection, an unknown field to an absent record', () => {
  assert.deepEqual(
    bodyCaseExamples(referenceObject('people')).map((value) => `${value.method} ${value.path} ${value.body}`),
    [
      'POST /people {"name":',
      'POST /people 42',
      'POST /batch/people [{"a":1},',
      'PATCH /people/00000000-0000-4000-8000-00000000dead {"zzNoSuchField":1}',
    ],
  );
});
