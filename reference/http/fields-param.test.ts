import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_DATAMODEL } from '../datamodel/standard-objects.ts';
import { ActiveFault } from '../faults/catalogue.ts';
import { RestApiError } from '../errors.ts';
import { readFields } from './fields-param.ts';
import { projectRecords } from '../engine/projection.ts';

const person = STANDARD_DATAMODEL.objects.find((object) => object.nameSingular === 'person')!;
const faithful = new ActiveFault(null);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof RestApiError);
    assert.equal(error.statusCode, 400);
    return error.message;
  }
  assert.fail('expected a 400');
}

test('fields: absent, trimmed, de-duplicated, repeated keys joined', () => {
  assert.equal(readFields(person, {}, faithful), undefined);
  assert.deepEqual(readFields(person, { fields: ' jobTitle , city,jobTitle' }, faithful), ['jobTitle', 'city']);
  assert.deepEqual(readFields(person, { fields: ['jobTitle', 'city'] }, faithful), ['jobTitle', 'city']);
});

test("fields: empty or unknown → 400 with Twenty's texts", () => {
  assert.match(refusal(() => readFields(person, { fields: ' , ' }, faithful)), /^'fields' parameter is empty\./);
  assert.equal(
    refusal(() => readFields(person, { fields: 'city,zz,companyId' }, faithful)),
    "'fields' parameter invalid. Unknown or unreadable fields on 'person': zz, companyId",
  );
  // Under the fault the unknown names are silently dropped.
  assert.deepEqual(readFields(person, { fields: 'city,zz' }, new ActiveFault('unknown-fields-accepted')), ['city']);
});

test('projection keeps id, the asked fields and a relation join column; the fault keeps everything', () => {
  const record = { id: 'a', city: 'Paris', jobTitle: 'CEO', companyId: 'c', company: { id: 'c' }, name: { firstName: 'A', lastName: 'B' } };
  assert.deepEqual(projectRecords(person, [record], ['city', 'company'], faithful), [{ id: 'a', city: 'Paris', companyId: 'c', company: { id: 'c' } }]);
  assert.deepEqual(projectRecords(person, [record], undefined, faithful), [record]);
  assert.deepEqual(projectRecords(person, [record], ['city'], new ActiveFault('fields-projection-ignored')), [record]);
});
