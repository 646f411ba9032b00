import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED, redact, redactHeaders } from './redact.ts';

const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJl';

test('redact hides every raw occurrence of a secret', () => {
  const text = `token ${token} and again ${token}!`;
  assert.equal(redact(text, [token]), `token ${REDACTED} and again ${REDACTED}!`);
});

test('redact hides the percent-encoded form', () => {
  const secret = 'a b+c/d=e';
  const url = `https://x.test/rest?token=${encodeURIComponent(secret)}&q=${new URLSearchParams({ s: secret }).toString().slice(2)}`;
  const out = redact(url, [secret]);
  assert.ok(!out.includes(encodeURIComponent(secret)));
  assert.equal(out, `https://x.test/rest?token=${REDACTED}&q=${REDACTED}`);
});

test('redact hides base64 and base64url forms', () => {
  const secret = 'secret-value??>>';
  const b64 = Buffer.from(secret).toString('base64');
  const b64url = Buffer.from(secret).toString('base64url');
  assert.notEqual(b64, b64url);
  assert.equal(redact(`Basic ${b64} / ${b64url}`, [secret]), `Basic ${REDACTED} / ${REDACTED}`);
});

test('redact hides the longer of two overlapping secrets whole', () => {
  const short = 'abcdef';
  const long = 'abcdef-123456';
  assert.equal(redact(`x ${long} y ${short}`, [short, long]), `x ${REDACTED} y ${REDACTED}`);
});

test('redact leaves text without secrets unchanged and ignores empty secrets', () => {
  assert.equal(redact('nothing to hide', ['', 'zzzzzz']), 'nothing to hide');
});

test('redactHeaders redacts values, keeps names', () => {
  assert.deepEqual(redactHeaders({ Authorization: `Bearer ${token}`, 'x-other': 'ok' }, [token]), {
    Authorization: `Bearer ${REDACTED}`,
    'x-other': 'ok',
  });
});
