import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MALFORMED_TOKEN, PROBES, probeCredential, TWENTY_AUTH_ERRORS, type ProbeName } from './credential-probes.ts';
import { tamperPayload, tamperSignature } from './jwt-forgery.ts';

const KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2VJZCI6IncifQ.c2lnbmF0dXJlc2lnbmF0dXJl';
const keys = { valid: KEY, expired: { token: 'expired.key.value', source: 'TWENTY_EXPIRED_API_KEY' } };

test('every probe is described by its own name and declares Twenty\'s answer', () => {
  for (const [name, probe] of Object.entries(PROBES)) {
    assert.equal(probe.name, name);
    assert.doesNotMatch(probe.description, /eyJ/);
  }
  assert.equal(PROBES['query-token'].twenty, 'missing-token');
  assert.equal(PROBES['scheme-with-colon'].twenty, 'missing-token');
  assert.equal(PROBES['tampered-payload'].twenty, 'token-invalid');
  assert.equal(PROBES.expired.twenty, 'token-expired');
  assert.deepEqual(TWENTY_AUTH_ERRORS['missing-token'], { status: 403, error: 'FORBIDDEN_EXCEPTION', message: 'Missing authentication token' });
  assert.deepEqual(TWENTY_AUTH_ERRORS['token-invalid'], { status: 401, error: 'UNAUTHENTICATED', message: 'Token invalid.' });
  assert.deepEqual(TWENTY_AUTH_ERRORS['token-expired'], { status: 401, error: 'UNAUTHENTICATED', message: 'Token has expired.' });
});

test('header variants change only the scheme word or its punctuation', () => {
  const header = (name: ProbeName) => {
    const result = probeCredential(name, keys);
    assert.ok(!('unavailable' in result));
    return result.auth;
  };
  assert.equal(header('valid'), 'header');
  assert.deepEqual(header('scheme-lower-case'), { header: `bearer ${KEY}` });
  assert.deepEqual(header('scheme-upper-case'), { header: `BEARER ${KEY}` });
  assert.deepEqual(header('scheme-with-colon'), { header: `Bearer: ${KEY}` });
  assert.deepEqual(header('no-scheme'), { header: KEY });
  assert.equal(header('no-credential'), 'none');
  assert.deepEqual(header('query-token'), { queryToken: true });
  assert.deepEqual(header('malformed'), { header: `Bearer ${MALFORMED_TOKEN}` });
});

test('forged and expired tokens are registered as secrets; the malformed literal is looked for instead', () => {
  const signature = probeCredential('tampered-signature', keys);
  assert.ok(!('unavailable' in signature));
  assert.deepEqual(signature.auth, { header: `Bearer ${tamperSignature(KEY)}` });
  assert.deepEqual(signature.secrets, [{ value: tamperSignature(KEY), label: 'tampered token' }]);

  const payload = probeCredential('tampered-payload', keys);
  assert.ok(!('unavailable' in payload));
  assert.deepEqual(payload.auth, { header: `Bearer ${tamperPayload(KEY)}` });
  assert.equal(payload.secrets[0]?.value, tamperPayload(KEY));

  const expired = probeCredential('expired', keys);
  assert.ok(!('unavailable' in expired));
  assert.deepEqual(expired.auth, { header: 'Bearer expired.key.value' });
  assert.equal(expired.secrets[0]?.label, 'expired token');

  const malformed = probeCredential('malformed', keys);
  assert.ok(!('unavailable' in malformed));
  assert.deepEqual(malformed.literals, [MALFORMED_TOKEN]);
  assert.deepEqual(malformed.secrets, []);
});

test('probes that cannot be built say why', () => {
  const opaque = { valid: 'opaque-key', expired: null };
  for (const name of ['tampered-signature', 'tampered-payload'] as const) {
    const result = probeCredential(name, opaque);
    assert.ok('unavailable' in result);
    assert.match(result.unavailable, /not a compact JWT/);
    assert.equal(result.missingInput, undefined, 'an opaque key is no missing optional input: inconclusive');
  }
  const expired = probeCredential('expired', opaque);
  assert.ok('unavailable' in expired);
  assert.match(expired.unavailable, /TWENTY_EXPIRED_API_KEY/);
  // A missing expired key is an optional input: the check is "not run", which fails no gate.
  assert.equal(expired.missingInput, 'TWENTY_EXPIRED_API_KEY');
});
