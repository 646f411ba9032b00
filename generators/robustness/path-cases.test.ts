import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { caseInputs, describeCase, type RobustnessCase } from './cases.ts';
import { isMalformedId, malformedPathArb, malformedPathExamples } from './path-cases.ts';
import { referenceCatalogue, referenceObject } from '../../testing/robustness/testing-catalogue.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plurals = referenceCatalogue.objects.map((object) => object.plural);

test('malformed ids are not UUIDs, not collection actions, not dot segments', () => {
  assert.equal(isMalformedId('not-a-uuid'), true);
  assert.equal(isMalformedId('20202020-0f1e-4a7b-8c9d-0123456789AB'), false);
  for (const reserved of ['duplicates', 'groupBy', 'merge', 'restore', '.', '..', '', 'a/b', '%41', ' x']) {
    assert.equal(isMalformedId(reserved), false, reserved);
  }
});

test('the path examples lead with the pinned non-UUID probe and an unknown object', () => {
  const examples = malformedPathExamples(referenceObject('people'), plurals);
  assert.deepEqual(examples.map((value) => value.path), [
    '/people/not-a-uuid',
    '/zzNoSuchObjects',
    '/people/20202020-0f1e-4a7b-8c9d-0123456789ag',
    '/person',
  ]);
});

test('every path case has one decoded segment that is no UUID or no known plural', () => {
  for (const object of referenceCatalogue.objects) {
    const check = (value: RobustnessCase) => {
      const segments = value.path.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
      assert.ok(segments.length >= 1 && segments.length <= 2, describeCase(value));
      if (value.family === 'object') {
        assert.ok(!plurals.includes(segments[0]!), describeCase(value));
      } else {
        assert.equal(segments[0], object.plural);
        assert.ok(!UUID.test(segments[1]!) && isMalformedId(segments[1]!), describeCase(value));
      }
      assert.deepEqual(caseInputs(value), segments);
    };
    malformedPathExamples(object, plurals).forEach(check);
    fc.assert(fc.property(malformedPathArb(object), check), { numRuns: 300, seed: 31 });
  }
});
