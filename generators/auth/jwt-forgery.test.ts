import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactVerify, decodeJwt, SignJWT } from 'jose';
import { jwtParts, TAMPER_CLAIM, tamperPayload, tamperSignature } from './jwt-forgery.ts';

const secret = new TextEncoder().encode('a-test-secret-of-thirty-two-bytes!!');

async function signedToken(): Promise<string> {
  return new SignJWT({ workspaceId: 'ws-1', type: 'API_KEY' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('ws-1')
    .setIssuedAt(1_700_000_000)
    .setExpirationTime(4_000_000_000)
    .sign(secret);
}

async function verifies(token: string): Promise<boolean> {
  try {
    await compactVerify(token, secret, { algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
}

test('jwtParts splits a compact JWS and refuses anything else', async () => {
  const token = await signedToken();
  const parts = jwtParts(token);
  assert.ok(parts);
  assert.equal(`${parts.header}.${parts.payload}.${parts.signature}`, token);
  for (const bad of ['not-a-jwt', 'a.b', 'a.b.c.d', 'a..c', 'a.b.c=', 'a.b+.c', '']) assert.equal(jwtParts(bad), null, bad);
});

test('the original verifies and the signature-tampered token does not, whatever its first signature character', async () => {
  const token = await signedToken();
  assert.equal(await verifies(token), true);
  const forged = tamperSignature(token);
  assert.ok(forged);
  assert.notEqual(forged, token);
  assert.equal(forged.length, token.length);
  assert.equal(await verifies(forged), false);
  // Same header and payload: only the signature changed.
  assert.equal(forged.split('.').slice(0, 2).join('.'), token.split('.').slice(0, 2).join('.'));
  // Both branches of the substitution.
  const [h, p, s] = token.split('.') as [string, string, string];
  assert.equal(tamperSignature(`${h}.${p}.A${s.slice(1)}`), `${h}.${p}.f${s.slice(1)}`);
  assert.equal(tamperSignature(`${h}.${p}.Q${s.slice(1)}`), `${h}.${p}.A${s.slice(1)}`);
});

test('the payload-tampered token keeps every claim and the signature, adds one claim, and no longer verifies', async () => {
  const token = await signedToken();
  const forged = tamperPayload(token);
  assert.ok(forged);
  const claims = decodeJwt(forged);
  assert.deepEqual(claims, { ...decodeJwt(token), [TAMPER_CLAIM]: true });
  assert.equal(forged.split('.')[0], token.split('.')[0]);
  assert.equal(forged.split('.')[2], token.split('.')[2]);
  assert.equal(await verifies(forged), false);
});

test('tampering needs a JWT with a JSON-object payload', () => {
  assert.equal(tamperSignature('opaque-api-key'), null);
  assert.equal(tamperPayload('opaque-api-key'), null);
  const notJson = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('not json').toString('base64url')}.c2ln`;
  assert.equal(tamperPayload(notJson), null);
  const array = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('[1]').toString('base64url')}.c2ln`;
  assert.equal(tamperPayload(array), null);
});
