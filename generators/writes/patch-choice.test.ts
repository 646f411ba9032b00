import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';
import { patchableField } from './patch-choice.ts';

const companies = referenceObject('companies');

test('the PATCH changes the first plain writable field of the body to a designed value that differs', () => {
  const body = { name: 'tcfix-run-381', domainName: { primaryLinkUrl: 'https://a.example.com' }, employees: 381, idealCustomerProfile: true };
  const designed = (n: number) => ({ employees: n === 900 ? 381 : n, idealCustomerProfile: false });
  const patch = patchableField(companies, body, 'name', designed)!;
  // The tag and the composite are never changed; 900 repeats the body's value, so 901 is chosen.
  assert.equal(patch.field.name, 'employees');
  assert.equal(patch.value, 901);
});

test('no field to change: only the tag and composites in the body, or no designed value that differs', () => {
  assert.equal(patchableField(companies, { name: 'x', domainName: null }, 'name', () => ({ name: 'y' })), undefined);
  assert.equal(patchableField(companies, { name: 'x', employees: 1 }, 'name', () => ({ employees: 1 })), undefined);
});
