import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptedProblem,
  carriesRecordData,
  judgeRejected,
  judgeRejectedAsIfAbsent,
  judgeSchemeCaseAccepted,
  judgeTwentyAuthErrors,
  judgeValidKeyAccepted,
  rejectionProblem,
  sameRejectionProblem,
  twentyErrorProblem,
  type Answer,
} from './answer-rules.ts';
import { TWENTY_AUTH_ERRORS } from './credential-probes.ts';

const missing = { status: 403, json: { statusCode: 403, messages: ['Missing authentication token'], error: 'FORBIDDEN_EXCEPTION' } };
const invalid = { status: 401, json: { statusCode: 401, messages: ['Token invalid.'], error: 'UNAUTHENTICATED' } };
const listed = { status: 200, json: { data: { companies: [{ id: 'c1' }] }, totalCount: 1, pageInfo: {} } };

test('record data means a non-null data member, or a non-empty top-level array', () => {
  assert.equal(carriesRecordData(listed.json), true);
  assert.equal(carriesRecordData({ data: { companies: [] } }), true);
  assert.equal(carriesRecordData([{ id: 'c1' }]), true);
  assert.equal(carriesRecordData(missing.json), false);
  assert.equal(carriesRecordData({ data: null }), false);
  assert.equal(carriesRecordData([]), false);
  assert.equal(carriesRecordData(undefined), false);
  assert.equal(carriesRecordData('text'), false);
});

test('a rejection is 401 or 403 without record data', () => {
  assert.equal(rejectionProblem(missing), null);
  assert.equal(rejectionProblem(invalid), null);
  assert.equal(rejectionProblem({ status: 401, json: undefined }), null);
  assert.equal(rejectionProblem(listed), 'HTTP 200 with record data: the credential was not rejected');
  assert.equal(rejectionProblem({ status: 400, json: { statusCode: 400 } }), 'HTTP 400: the credential was not rejected');
  assert.equal(rejectionProblem({ status: 404, json: undefined }), 'HTTP 404: the credential was not rejected');
  assert.match(rejectionProblem({ status: 403, json: { data: { companies: [] } } }) ?? '', /carries record data/);
});

test('Twenty\'s exact auth answers are recognised, and each difference is named', () => {
  assert.equal(twentyErrorProblem(missing, TWENTY_AUTH_ERRORS['missing-token']), null);
  assert.equal(twentyErrorProblem(invalid, TWENTY_AUTH_ERRORS['token-invalid']), null);
  assert.equal(twentyErrorProblem(invalid, TWENTY_AUTH_ERRORS['missing-token']), 'HTTP 401, statusCode 401, error "UNAUTHENTICATED", messages ["Token invalid."]');
  assert.equal(
    twentyErrorProblem({ status: 401, json: { statusCode: 401, message: 'Token invalid.', error: 'Unauthorized' } }, TWENTY_AUTH_ERRORS['token-invalid']),
    'error "Unauthorized", messages undefined',
  );
  assert.equal(twentyErrorProblem({ status: 401, json: undefined }, TWENTY_AUTH_ERRORS['token-expired']), 'a body that is not a JSON object');
  assert.equal(
    twentyErrorProblem({ status: 401, json: { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] } }, TWENTY_AUTH_ERRORS['token-expired']),
    'messages ["Token invalid."]',
  );
});

test('"rejected exactly as if absent" compares status, error and messages', () => {
  assert.equal(sameRejectionProblem(missing, missing), null);
  // Key order and extra members do not matter; error and messages do.
  assert.equal(sameRejectionProblem({ status: 403, json: { error: 'FORBIDDEN_EXCEPTION', statusCode: 403, messages: ['Missing authentication token'], code: 'x' } }, missing), null);
  assert.equal(
    sameRejectionProblem(invalid, missing),
    'HTTP 401 instead of 403, error "UNAUTHENTICATED" instead of "FORBIDDEN_EXCEPTION", messages ["Token invalid."] instead of ["Missing authentication token"]',
  );
  assert.match(sameRejectionProblem(listed, missing) ?? '', /^HTTP 200 instead of 403/);
  assert.equal(sameRejectionProblem({ status: 403, json: undefined }, { status: 403, json: undefined }), null);
});

test('the baseline: a list envelope, the record asked for, or 404 (authenticated, no such record)', () => {
  const list = { kind: 'list', listKey: 'companies' } as const;
  assert.equal(acceptedProblem(listed, list), null);
  assert.equal(acceptedProblem(missing, list), 'HTTP 403');
  assert.equal(acceptedProblem({ status: 404, json: {} }, list), 'HTTP 404');
  assert.equal(acceptedProblem({ status: 200, json: { data: { people: [] } } }, list), 'HTTP 200 without data.companies[]');
  assert.equal(acceptedProblem({ status: 200, json: {} }, list), 'HTTP 200 without a data object');

  const one = { kind: 'one', oneKey: 'company', id: 'c1' } as const;
  assert.equal(acceptedProblem({ status: 200, json: { data: { company: { id: 'c1' } } } }, one), null);
  assert.equal(acceptedProblem({ status: 404, json: {} }, one), null);
  assert.equal(acceptedProblem({ status: 200, json: { data: { company: { id: 'c2' } } } }, one), 'HTTP 200 without data.company.id = c1');
  assert.equal(acceptedProblem(invalid, one), 'HTTP 401');

  const batch = { kind: 'empty-batch' } as const;
  assert.equal(acceptedProblem({ status: 400, json: { statusCode: 400, messages: ['Input must not be empty'] } }, batch), null);
  assert.equal(acceptedProblem({ status: 201, json: { data: { createCompanies: [] } } }, batch), null);
  assert.equal(acceptedProblem(missing, batch), 'HTTP 403: the valid key was refused (or may not write)');
  assert.equal(acceptedProblem(invalid, batch), 'HTTP 401: the valid key was refused (or may not write)');
});

// ---------------------------------------------------------------- the checks' rules

const list = { kind: 'list', listKey: 'companies' } as const;
const expired = { status: 401, json: { statusCode: 401, messages: ['Token has expired.'], error: 'UNAUTHENTICATED' } };

test('AUTH-001 judgeValidKeyAccepted: valid on the normal answer, invalid names the route\'s acceptance', () => {
  assert.equal(judgeValidKeyAccepted(listed, list), null);
  assert.equal(judgeValidKeyAccepted({ status: 404, json: {} }, { kind: 'one', oneKey: 'company', id: 'c1' }), null);
  assert.deepEqual(judgeValidKeyAccepted(invalid, list), {
    received: 'HTTP 401',
    expected: '200 with data.companies[]',
    hint: 'Check that TWENTY_API_KEY is a valid, unrevoked key of this workspace.',
  });
  assert.equal(judgeValidKeyAccepted(missing, { kind: 'one', oneKey: 'company', id: 'c1' })?.expected, '200 with data.company, or 404');
  assert.equal(judgeValidKeyAccepted(missing, { kind: 'empty-batch' })?.expected, 'any answer but 401/403 (Twenty: 400 "Input must not be empty")');
});

test('AUTH-002 judgeSchemeCaseAccepted: a case variant of the scheme must get the valid answer', () => {
  assert.equal(judgeSchemeCaseAccepted(listed, list, 'scheme-lower-case'), null);
  assert.deepEqual(judgeSchemeCaseAccepted(missing, list, 'scheme-upper-case'), {
    received: 'HTTP 403',
    expected: 'the answer of the valid request for Authorization: BEARER <key>',
  });
});

test('AUTH-003, AUTH-005…009 judgeRejected: 401/403 without data passes; anything else names the probe', () => {
  assert.equal(judgeRejected(missing, 'no-credential'), null);
  assert.equal(judgeRejected(invalid, 'tampered-signature'), null);
  assert.equal(judgeRejected(expired, 'expired'), null);
  const finding = judgeRejected(listed, 'tampered-payload');
  assert.equal(finding?.received, 'HTTP 200 with record data: the credential was not rejected');
  assert.equal(finding?.expected, '401 or 403 without record data for Authorization: Bearer <key with one claim added to the payload, signature kept>');
  assert.match(finding?.hint ?? '', /only the credential changed/);
  assert.equal(judgeRejected({ status: 400, json: { statusCode: 400 } }, 'no-scheme')?.received, 'HTTP 400: the credential was not rejected');
  assert.match(judgeRejected({ status: 401, json: { data: { companies: [] } } }, 'malformed')?.received ?? '', /carries record data/);
});

test('AUTH-004 judgeRejectedAsIfAbsent: the query token is rejected, and as the absent credential is', () => {
  const absent = { ...missing, responseBody: JSON.stringify(missing.json) };
  assert.equal(judgeRejectedAsIfAbsent(missing, absent), null);
  // Not rejected at all: the rejection finding.
  assert.match(judgeRejectedAsIfAbsent(listed, absent)?.expected ?? '', /^401 or 403 without record data for \?token=<key>/);
  // Rejected, but not as if absent: the server read the token.
  const read = judgeRejectedAsIfAbsent(invalid, absent);
  assert.equal(read?.received, 'HTTP 401 instead of 403, error "UNAUTHENTICATED" instead of "FORBIDDEN_EXCEPTION", messages ["Token invalid."] instead of ["Missing authentication token"]');
  assert.equal(read?.expected, `the answer to the same request without any credential: HTTP 403 ${absent.responseBody}`);
  assert.match(read?.hint ?? '', /read the query-string token/);
  // An absent credential that was not rejected leaves nothing to compare with (AUTH-003's finding).
  assert.equal(judgeRejectedAsIfAbsent(invalid, { status: 400, json: {} }), null);
});

test('AUTH-012 judgeTwentyAuthErrors: each rejected probe with Twenty\'s exact answer; the first mismatch shows it', () => {
  assert.equal(
    judgeTwentyAuthErrors<Answer>([
      { probe: 'no-credential', answer: missing },
      { probe: 'scheme-with-colon', answer: missing },
      { probe: 'malformed', answer: invalid },
      { probe: 'expired', answer: expired },
      // Accepted probes are not judged here.
      { probe: 'valid', answer: listed },
    ]),
    null,
  );
  const wrong = { status: 401, json: { statusCode: 401, messages: ['Token invalid.'], error: 'UNAUTHENTICATED' }, label: 'first' };
  const finding = judgeTwentyAuthErrors([
    { probe: 'malformed', answer: { ...invalid, label: 'fine' } },
    { probe: 'no-credential', answer: wrong },
    { probe: 'expired', answer: { ...invalid, label: 'second' } },
  ]);
  assert.equal(finding?.received, 'no-credential: HTTP 401, statusCode 401, error "UNAUTHENTICATED", messages ["Token invalid."]; expired: messages ["Token invalid."]');
  assert.match(finding?.expected ?? '', /^missing token → 403 FORBIDDEN_EXCEPTION/);
  assert.equal(finding?.shownBy.label, 'first');
});
