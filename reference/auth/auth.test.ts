// The auth matrix of contract §2 and §9 over real HTTP, plus the pure pieces.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { tamperSignature } from '../../generators/auth/jwt-forgery.ts';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';
import { bearerTokenFromHeader } from './bearer.ts';
import { parseRateLimit, RateLimiter, RateLimitedError } from './rate-limit.ts';

describe('bearerTokenFromHeader (passport-jwt rules, §2.1)', () => {
  const cases: [string | undefined, string | null][] = [
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['BEARER abc', 'abc'],
    ['Bearer a b', 'a'],
    ['  Bearer   abc  ', 'abc'],
    ['Bearer: abc', null],
    ['Bearer ', null],
    ['abc', null],
    ['Basic abc', null],
    [undefined, null],
  ];
  for (const [header, expected] of cases) {
    test(`${JSON.stringify(header)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(bearerTokenFromHeader(header), expected);
    });
  }
});

describe('rate limiter (§8)', () => {
  test('parses N/Ws and refuses other shapes', () => {
    assert.deepEqual(parseRateLimit('100/60s'), { limit: 100, windowMs: 60_000 });
    for (const bad of ['100', '0/1s', '10/0s', '10/1m', 'x/1s']) assert.equal(parseRateLimit(bad), null, bad);
  });

  test('a bucket empties, then refills continuously', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000 }, () => now);
    limiter.consume('w', 'k');
    limiter.consume('w', 'k');
    assert.throws(() => limiter.consume('w', 'k'), RateLimitedError);
    limiter.consume('other-workspace', 'k');
    now = 500; // half a window refills one token
    limiter.consume('w', 'k');
    assert.throws(() => limiter.consume('w', 'k'), RateLimitedError);
  });
});

describe('auth over HTTP (§2.2, §9)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const withHeader = (authorization: string, path = '/rest/people') =>
    call(server.baseUrl, 'GET', path, { headers: { authorization } });
  const missing = { statusCode: 403, error: 'FORBIDDEN_EXCEPTION', messages: ['Missing authentication token'] };
  const invalid = { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] };

  test('no header, an empty bearer, `Bearer:` and a raw token are all "missing" (403)', async () => {
    for (const authorization of ['', 'Bearer ', `Bearer: ${server.apiKey}`, server.apiKey]) {
      const response = await withHeader(authorization);
      assert.equal(response.status, 403, authorization.slice(0, 10));
      assert.deepEqual(response.body, missing);
    }
  });

  test('the scheme word is case-insensitive and extra words are ignored', async () => {
    for (const authorization of [`bearer ${server.apiKey}`, `BEARER ${server.apiKey}`, `Bearer ${server.apiKey} extra words`]) {
      assert.equal((await withHeader(authorization)).status, 200);
    }
  });

  test('a tampered signature and a malformed string are 401 Token invalid.', async () => {
    // A data bit of the signature: the last base64url character carries padding
    // bits, so changing it could leave the decoded signature as it was.
    const tampered = tamperSignature(server.apiKey);
    assert.ok(tampered !== null, 'the reference key is a compact JWS');
    const signatureBytes = (token: string) => Buffer.from(token.split('.')[2] ?? '', 'base64url');
    assert.notDeepEqual(signatureBytes(tampered), signatureBytes(server.apiKey), 'the tampered signature decodes to other bytes');
    for (const token of [tampered, 'invalid-token']) {
      const response = await withHeader(`Bearer ${token}`);
      assert.equal(response.status, 401);
      assert.deepEqual(response.body, invalid);
      assert.ok(!response.text.includes(token), 'the body must not quote the token');
    }
  });

  test('an expired key is 401 Token has expired.', async () => {
    const response = await withHeader(`Bearer ${server.expiredApiKey}`);
    assert.deepEqual(response.body, { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token has expired.'] });
  });

  test('a signed JWT without workspaceId is 403 INVALID_JWT_TOKEN_TYPE', async () => {
    const token = await new SignJWT({ sub: 'someone' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(server.secret);
    const response = await withHeader(`Bearer ${token}`);
    assert.deepEqual(response.body, { statusCode: 403, error: 'INVALID_JWT_TOKEN_TYPE', messages: ['Invalid token type'] });
  });

  test('a key for another workspace is 401 WORKSPACE_NOT_FOUND', async () => {
    const token = await new SignJWT({ workspaceId: '11111111-1111-4111-8111-111111111111' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(server.secret);
    const response = await withHeader(`Bearer ${token}`);
    assert.deepEqual(response.body, { statusCode: 401, error: 'WORKSPACE_NOT_FOUND', messages: ['Workspace not found'] });
  });

  test('?token= never authenticates (era D, url-token-auth-rejection)', async () => {
    const response = await call(server.baseUrl, 'POST', `/rest/people?token=${server.apiKey}`, { body: { city: 'x' } });
    assert.equal(response.status, 403);
    assert.deepEqual(response.body, missing);
  });

  test('auth runs before routing and validation', async () => {
    for (const path of ['/rest/nope', '/rest/people/not-a-uuid', '/rest/people?limit=-1', '/rest/a/b/c']) {
      assert.equal((await call(server.baseUrl, 'GET', path)).status, 403, path);
    }
    const malformed = await call(server.baseUrl, 'POST', '/rest/people', { rawBody: '{', headers: { 'content-type': 'application/json' } });
    assert.equal(malformed.status, 403);
  });
});

describe('rate limiting over HTTP (--rate-limit)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ rateLimit: { limit: 2, windowMs: 60_000 } });
  });
  after(() => server.stop());

  test('the third request in the window is a 429 with the usage-limit body and headers', async () => {
    await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey });
    await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey });
    const response = await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey });
    assert.equal(response.status, 429);
    assert.equal(response.body.error, 'RATE_LIMITED');
    assert.deepEqual(response.body.messages, ['Rate limit exceeded for apiKey: 2 requests per 60s.']);
    assert.equal(response.body.limit, 2);
    assert.equal(response.body.remaining, 0);
    assert.equal(response.headers.get('x-ratelimit-limit'), '2');
    assert.equal(response.headers.get('x-ratelimit-remaining'), '0');
    assert.ok(Number(response.headers.get('retry-after')) >= 1);
  });

  test('requests without a valid token are not counted and the documents are not limited', async () => {
    assert.equal((await call(server.baseUrl, 'GET', '/rest/people')).status, 403);
    assert.equal((await call(server.baseUrl, 'GET', '/rest/open-api/core', { token: server.apiKey })).status, 200);
  });
});

describe('rate limiting, classic throttler (--rate-limit-mode classic)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ rateLimit: { limit: 2, windowMs: 60_000, style: 'classic' } });
  });
  after(() => server.stop());

  test('a batch counts as one request; the third request is a bare 429 HttpException without Retry-After or X-RateLimit-*', async () => {
    const batch = await call(server.baseUrl, 'POST', '/rest/batch/companies', { token: server.apiKey, body: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] });
    assert.equal(batch.status, 201);
    await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey });
    const response = await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey });
    assert.deepEqual([response.status, response.body], [429, { statusCode: 429, error: 'HttpException', messages: ['Limit reached (2 tokens per 60000 ms)'] }]);
    assert.equal(response.headers.get('retry-after'), null);
    assert.equal(response.headers.get('x-ratelimit-limit'), null);
    assert.equal(response.headers.get('x-ratelimit-remaining'), null);
  });
});
