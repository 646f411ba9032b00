import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';
import { judgeNormalised, normalisationProbes } from './normalisation.ts';

const companies = referenceObject('companies');
const people = referenceObject('people');
const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });

test('one probe per kind, on the first written object that has the field; values carry the run id', () => {
  const probes = normalisationProbes([companies, people], '20261206t120000-abcd');
  assert.deepEqual(
    probes.map((probe) => [probe.object.plural, probe.field, probe.sub, probe.sent, probe.stored]),
    [
      ['companies', 'domainName', 'primaryLinkUrl', 'https://WWW.20261206T120000-ABCD.Example.COM/Some/Path/', 'https://www.20261206t120000-abcd.example.com/Some/Path'],
      ['people', 'emails', 'primaryEmail', 'Mixed.Case.20261206T120000-ABCD@Example.COM', 'mixed.case.20261206t120000-abcd@example.com'],
    ],
  );
  assert.deepEqual(normalisationProbes([referenceObject('opportunities')], 'r'), []);
});

test('WRITE-011: the value stored in its normalised form passes; stored as sent fails', () => {
  const [link] = normalisationProbes([companies], 'run');
  const stored = (value: unknown) => answer(200, { data: { company: { id: 'c1', domainName: { primaryLinkUrl: value } } } });
  assert.equal(judgeNormalised(link!, stored(link!.stored), 'company'), null);
  const asSent = judgeNormalised(link!, stored(link!.sent), 'company')!;
  assert.equal(asSent.received, `companies.domainName.primaryLinkUrl stored as ${JSON.stringify(link!.sent)}`);
  assert.equal(asSent.expected, `${JSON.stringify(link!.stored)} (sent ${JSON.stringify(link!.sent)})`);
  assert.ok(judgeNormalised(link!, answer(404, { statusCode: 404 }), 'company'));
});
