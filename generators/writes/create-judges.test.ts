import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceObject } from '../../testing/robustness/testing-catalogue.ts';
import { judgeBatchCreate, judgeCreate, judgeCreatedForUse, judgeGetOneAfterCreate, judgeSetupBatches } from './create-judges.ts';

const companies = referenceObject('companies');
const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const sent = { name: 'tcfix-run-171', employees: 42, domainName: { primaryLinkUrl: 'https://Example.COM/x/' } };
const stored = { id: 'c1', name: 'tcfix-run-171', employees: 42, domainName: { primaryLinkUrl: 'https://example.com/x', primaryLinkLabel: '' }, updatedAt: 't' };

test('WRITE-001: a 201 holding every sent value (after normalisation) passes', () => {
  assert.equal(judgeCreate(companies, sent, answer(201, { data: { createCompany: stored } }), 'createCompany', 'POST /rest/companies'), null);
});

test('WRITE-001: a 200 for the 201, a missing envelope key, or a value not kept fails', () => {
  assert.equal(judgeCreate(companies, sent, answer(200, { data: { createCompany: stored } }), 'createCompany', 'POST /rest/companies')!.expected, '201 for POST /rest/companies');
  assert.match(judgeCreate(companies, sent, answer(201, { data: { company: stored } }), 'createCompany', 'POST /rest/companies')!.expected, /createCompany/);
  const lost = judgeCreate(companies, sent, answer(201, { data: { createCompany: { ...stored, employees: null } } }), 'createCompany', 'POST /rest/companies')!;
  assert.equal(lost.received, 'POST /rest/companies: employees: sent 42, got null');
});

test('a record other checks build on: any 2xx holding it; otherwise the 201 the contract names', () => {
  assert.equal(judgeCreatedForUse(answer(200, { data: { createCompany: stored } }), 'createCompany', 'POST /rest/companies'), null);
  assert.equal(judgeCreatedForUse(answer(400, { statusCode: 400 }), 'createCompany', 'POST /rest/companies')!.expected, '201 for POST /rest/companies');
  assert.ok(judgeCreatedForUse(answer(201, { data: {} }), 'createCompany', 'POST /rest/companies'));
});

test('WRITE-002: the setup batches that broke the contract are reported for their object only', () => {
  const deviation = { plural: 'companies', deviation: 'HTTP 200 instead of 201', exchange: answer(200, { data: {} }) };
  assert.equal(judgeSetupBatches(companies, []), null);
  assert.equal(judgeSetupBatches(companies, [{ ...deviation, plural: 'people' }]), null);
  const finding = judgeSetupBatches(companies, [deviation])!;
  assert.equal(finding.received, 'HTTP 200 instead of 201');
  assert.equal(finding.expected, '201 {"data":{"createCompanies":[…every record…]}}');
  assert.match(finding.hint!, /went on with the records it wrote/);
});

test('WRITE-002: a 201 with the records in input order passes; a 200, another order or a value not kept fails', () => {
  const bodies = [241, 242, 243].map((n) => ({ name: `tcfix-run-${n}`, employees: n }));
  const records = bodies.map((body, index) => ({ id: `c${index}`, ...body }));
  assert.equal(judgeBatchCreate(companies, bodies, answer(201, { data: { createCompanies: records } })), null);
  assert.equal(judgeBatchCreate(companies, bodies, answer(200, { data: { createCompanies: records } }))!.expected, `201 for POST ${companies.batchPath}`);
  assert.equal(judgeBatchCreate(companies, bodies, answer(201, { data: { createCompanies: records[0] } }))!.expected, '{"data":{"createCompanies":[…]}}');
  const reversed = judgeBatchCreate(companies, bodies, answer(201, { data: { createCompanies: [...records].reverse() } }))!;
  assert.equal(reversed.received, 'records tagged tcfix-run-243, tcfix-run-242, tcfix-run-241');
  const lost = judgeBatchCreate(companies, bodies, answer(201, { data: { createCompanies: [records[0], { ...records[1], employees: 0 }, records[2]] } }))!;
  assert.equal(lost.received, 'batch item 2: employees: sent 242, got 0');
});

test('WRITE-003: get-one answers the record as created; another status, a lost value or a changed field fails', () => {
  const created = stored;
  const ok = answer(200, { data: { company: stored } });
  assert.equal(judgeGetOneAfterCreate(companies, sent, created, ok, 'company', 'GET /rest/companies/c1'), null);
  assert.equal(judgeGetOneAfterCreate(companies, sent, created, answer(404, { statusCode: 404 }), 'company', 'GET /rest/companies/c1')!.expected, '200 for GET /rest/companies/c1');
  assert.match(judgeGetOneAfterCreate(companies, sent, created, answer(200, { data: { company: { ...stored, name: 'other' } } }), 'company', 'x')!.received, /^get-one after create: name: sent/);
  const changed = judgeGetOneAfterCreate(companies, sent, created, answer(200, { data: { company: { ...stored, updatedAt: 'later' } } }), 'company', 'x')!;
  assert.equal(changed.received, 'get-one differs from the create answer in updatedAt');
});
