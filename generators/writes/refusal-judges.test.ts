import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProbeObservation } from '../fixtures/write-plan.ts';
import { normalisedEmail, normalisedLink } from './read-back.ts';
import { canonicalTwin, isDuplicateRefusal, judgeDuplicateRefused, refusalStatusViolations, refusedButWritten, refusedProbes } from './refusal-judges.ts';

const probe = (status: number, response: unknown, extra: Partial<ProbeObservation> = {}): ProbeObservation => ({
  plural: 'workspaceMembers',
  purpose: 'refusal',
  status,
  request: 'POST /workspaceMembers?depth=0',
  response: typeof response === 'string' ? response : JSON.stringify(response),
  ...extra,
});
const permission = { statusCode: 400, error: 'BadRequestException', messages: ['Entity performing the request does not have permission'] };

test('WRITE-041: a refusal answered 4xx with the error body passes; a 5xx or a bare answer fails', () => {
  assert.deepEqual(refusalStatusViolations([probe(400, permission), probe(201, { data: {} })]), []);
  assert.match(refusalStatusViolations([probe(500, { statusCode: 500, messages: ['Internal server error'] })])[0]!, /answered HTTP 500/);
  assert.match(refusalStatusViolations([probe(400, 'Bad Request')])[0]!, /without the error body/);
  assert.equal(refusedProbes([probe(201, {}), probe(400, permission)]).length, 1);
});

test('WRITE-042: a refusal after which the probe tag is found is a write that happened anyway', () => {
  assert.deepEqual(refusedButWritten([probe(400, permission)]), []);
  assert.match(refusedButWritten([probe(400, permission, { wroteAnyway: 1 })])[0]!, /was refused \(HTTP 400 .*\) but 1 record\(s\) carrying its tag existed afterwards/);
});

test('WRITE-040: the duplicate is a variant Twenty canonicalises to the same value', () => {
  const email = 'tcfix-20261202t160501-k3f9-941@example.com';
  assert.notEqual(canonicalTwin('EMAILS', 'primaryEmail', email), email);
  assert.equal(normalisedEmail(canonicalTwin('EMAILS', 'primaryEmail', email)), email);
  const link = 'https://tcfix-20261202t160501-k3f9-941.example.com';
  assert.equal(canonicalTwin('LINKS', 'primaryLinkUrl', link), 'https://TCFIX-20261202T160501-K3F9-941.EXAMPLE.COM/');
  assert.equal(normalisedLink(canonicalTwin('LINKS', 'primaryLinkUrl', link)), link);
  assert.equal(canonicalTwin('TEXT', undefined, 'tcfix-x-u941'), 'tcfix-x-u941');
  assert.ok(isDuplicateRefusal(400, { statusCode: 400, error: 'BadRequestException', messages: ['A duplicate entry was detected'] }));
  assert.ok(!isDuplicateRefusal(201, { data: {} }));
  assert.ok(!isDuplicateRefusal(400, { messages: ['Invalid value'] }));
});

test('a probe the gateway answered on every attempt is no refusal: WRITE-041/042 have nothing to judge there', () => {
  const gateway = probe(503, '<html><body>503 from the gateway</body></html>', { gateway: true });
  assert.deepEqual(refusedProbes([gateway]), []);
  assert.deepEqual(refusalStatusViolations([gateway, probe(400, permission)]), []);
});

test('WRITE-040: the batch repeating a held unique value is refused as a duplicate; an accepted batch fails', () => {
  const duplicate = { plural: 'people', at: 'emails.primaryEmail', held: 'a@example.com', twin: 'A@EXAMPLE.COM' };
  const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
  assert.equal(judgeDuplicateRefused(answer(400, { statusCode: 400, error: 'BadRequestException', messages: ['A duplicate entry was detected'] }), duplicate), null);
  const accepted = judgeDuplicateRefused(answer(201, { data: { createPeople: [] } }), duplicate)!;
  assert.equal(accepted.expected, '400 "A duplicate entry was detected" for a batch whose second record repeats people.emails.primaryEmail "a@example.com" as "A@EXAMPLE.COM"');
  assert.ok(judgeDuplicateRefused(answer(500, { statusCode: 500, error: 'x', messages: ['duplicate key value violates unique constraint'] }), duplicate));
});
