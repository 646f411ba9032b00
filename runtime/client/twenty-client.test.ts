// The client against a real local HTTP server that records what it receives,
// so "nothing was sent" is observed on the wire, not assumed.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTwentyClient, type ClientOptions } from './twenty-client.ts';
import { BudgetExhaustedError, ClientError, ConnectionError, GatewayUnavailableError, RateLimitedError, ReadOnlyViolationError, RequestTimeoutError, ResponseTooLargeError } from '../../generators/client/errors.ts';
import { localPacer, spacingMs } from '../../generators/client/pacer.ts';
import { toCurl } from '../../generators/client/curl.ts';
import { formatExchange } from '../../generators/client/format-exchange.ts';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2VJZCI6IncxIn0.s3cr3t-signature_value';
const EXPIRED = 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.expired-signature_value';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Handler = (request: Seen, response: ServerResponse, index: number) => void;

let server: Server;
let baseUrl: string;
let seen: Seen[] = [];
let handler: Handler = (_request, response) => json(response, 200, { ok: true });

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

before(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
      seen.push(entry);
      handler(entry, response, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  handler = (_request, response) => json(response, 200, { ok: true });
});

function fakeClock() {
  let time = Date.parse('2026-01-01T00:00:00Z');
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    sleeps,
  };
}

function client(overrides: Partial<ClientOptions> = {}) {
  return createTwentyClient({ baseUrl, token: TOKEN, readOnly: false, timeoutMs: 2000, maxRetries429: 2, maxRetryAfterMs: 10_000, ...overrides });
}

test('sends GET to <baseUrl>/rest<path> with the bearer header and encoded query', async () => {
  const twenty = client();
  const exchange = await twenty.request({ method: 'GET', path: '/companies', query: { limit: '2', order_by: ['name', 'id'] } });
  assert.equal(exchange.status, 200);
  assert.deepEqual(exchange.json, { ok: true });
  assert.equal(seen.length, 1);
  assert.equal(seen[0]?.url, '/rest/companies?limit=2&order_by=name&order_by=id');
  assert.equal(seen[0]?.headers.authorization, `Bearer ${TOKEN}`);
  assert.equal(exchange.requestHeaders.Authorization, 'Bearer [REDACTED]');
  assert.equal(exchange.credential, 'api-key');
  assert.equal(exchange.responseEchoedSecret, false);
});

test('a raw query string is sent exactly as given', async () => {
  await client().request({ method: 'GET', path: '/companies', query: 'filter=name[eq]:(x' });
  assert.equal(seen[0]?.url, '/rest/companies?filter=name[eq]:(x');
});

test('read-only mode refuses POST, PATCH, PUT and DELETE before sending anything', async () => {
  const twenty = client({ readOnly: true });
  for (const method of ['POST', 'PATCH', 'PUT', 'DELETE', 'post']) {
    await assert.rejects(twenty.request({ method, path: '/companies', body: { name: 'x' } }), ReadOnlyViolationError);
  }
  assert.equal(seen.length, 0);
  assert.equal(twenty.requestCount(), 0);
  const exchange = await twenty.request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 200);
  assert.equal(seen.length, 1);
});

test('the budget stops at N without sending request N+1', async () => {
  const twenty = client({ maxRequests: 3 });
  for (let i = 0; i < 3; i++) await twenty.request({ method: 'GET', path: '/companies' });
  const error = await twenty.request({ method: 'GET', path: '/companies' }).catch((e: unknown) => e);
  assert.ok(error instanceof BudgetExhaustedError);
  assert.ok(error instanceof ClientError);
  assert.equal(error.kind, 'budget-exhausted');
  assert.equal(seen.length, 3);
  assert.equal(twenty.requestCount(), 3);
});

test('pacing spaces requests evenly by the rate (with its margin) on the (fake) clock', async () => {
  const clock = fakeClock();
  const twenty = client({ rate: { count: 2, perMs: 1000 }, now: clock.now, sleep: clock.sleep });
  for (let i = 0; i < 5; i++) await twenty.request({ method: 'GET', path: '/companies' });
  const starts = twenty.exchanges().map((exchange) => Date.parse(exchange.startedAt));
  const t0 = starts[0] ?? 0;
  assert.deepEqual(
    starts.map((at) => at - t0),
    [0, 1, 2, 3, 4].map((i) => i * spacingMs({ count: 2, perMs: 1000 })),
  );
  assert.equal(seen.length, 5);
});

test('429 with Retry-After waits that long, then succeeds', async () => {
  const clock = fakeClock();
  handler = (_request, response, index) =>
    index === 0 ? json(response, 429, { statusCode: 429, error: 'RATE_LIMITED', messages: ['slow down'] }, { 'retry-after': '3' }) : json(response, 200, { ok: true });
  const twenty = client({ now: clock.now, sleep: clock.sleep });
  const exchange = await twenty.request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 200);
  assert.equal(exchange.attempt, 2);
  assert.equal(exchange.rateLimited, false);
  assert.deepEqual(clock.sleeps, [3000]);
  assert.equal(seen.length, 2);
  assert.deepEqual(
    twenty.exchanges().map((e) => e.status),
    [429, 200],
  );
});

test('Retry-After beyond maxRetryAfterMs gives up at once: RateLimitedError (inconclusive), never a 429 answer', async () => {
  const clock = fakeClock();
  handler = (_request, response) => json(response, 429, { statusCode: 429 }, { 'retry-after': '120' });
  const twenty = client({ now: clock.now, sleep: clock.sleep, maxRetryAfterMs: 10_000 });
  const error = await twenty.request({ method: 'GET', path: '/companies' }).catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitedError, String(error));
  assert.equal(error.kind, 'rate-limited');
  assert.equal(twenty.exchanges()[0]?.rateLimited, true);
  assert.deepEqual(clock.sleeps, []);
  assert.equal(seen.length, 1);
});

test('a bare 429 (no Retry-After, no limit stated): Twenty\'s default pace is assumed, then halved; every attempt is sent and counted', async () => {
  const clock = fakeClock();
  handler = (_request, response) => json(response, 429, { statusCode: 429 });
  const twenty = client({ now: clock.now, sleep: clock.sleep, maxRetries429: 2, maxRetryAfterMs: 60_000 });
  const error = await twenty.request({ method: 'GET', path: '/companies' }).catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitedError, String(error));
  const starts = twenty.exchanges().map((exchange) => Date.parse(exchange.startedAt));
  const guess = spacingMs({ count: 100, perMs: 60_000 });
  // 2nd attempt one slot of the guessed pace later; 3rd after the halved pace's slot, doubled.
  assert.deepEqual(starts.map((at) => at - (starts[0] ?? 0)), [0, Math.ceil(guess), Math.ceil(guess) + 2 * Math.ceil(2 * guess)]);
  assert.equal(seen.length, 3);
  assert.equal(twenty.requestCount(), 3);
});

test('the classic throttler (limit only in the message): the client learns it, retries, and paces later requests to it', async () => {
  const clock = fakeClock();
  handler = (_request, response, index) =>
    index === 0 ? json(response, 429, { statusCode: 429, error: 'HttpException', messages: ['Limit reached (2 tokens per 1000 ms)'] }) : json(response, 200, { ok: true });
  const learned: string[] = [];
  const twenty = client({ now: clock.now, sleep: clock.sleep, onRateLimit: (line) => learned.push(line) });
  const exchange = await twenty.request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 200);
  assert.equal(exchange.attempt, 2);
  await twenty.request({ method: 'GET', path: '/companies' });
  await twenty.request({ method: 'GET', path: '/companies' });
  const starts = twenty.exchanges().map((e) => Date.parse(e.startedAt));
  const gaps = starts.slice(1).map((at, i) => at - (starts[i] ?? 0));
  for (const gap of gaps) assert.ok(gap >= spacingMs({ count: 2, perMs: 1000 }), `gap ${gap}`);
  assert.deepEqual(learned, ["the deployment's limit: 2 requests per 1 s"]);
});

test('a shared pacer: a 429 met by one client slows another client of the run', async () => {
  const clock = fakeClock();
  const pacer = localPacer(null, clock.now, clock.sleep);
  handler = (_request, response, index) =>
    index === 0 ? json(response, 429, { statusCode: 429, messages: ['Rate limit exceeded for apiKey: 10 requests per 60s.'] }, { 'x-ratelimit-limit': '10' }) : json(response, 200, { ok: true });
  const first = client({ now: clock.now, sleep: clock.sleep, pacer });
  const second = client({ now: clock.now, sleep: clock.sleep, pacer });
  await first.request({ method: 'GET', path: '/companies' });
  const before = clock.now();
  await second.request({ method: 'GET', path: '/companies' });
  assert.ok(clock.now() - before >= spacingMs({ count: 10, perMs: 60_000 }) - 1, `waited ${clock.now() - before}`);
});

test('a server that does not answer in time gives RequestTimeoutError', async () => {
  handler = (_request, response) => {
    setTimeout(() => json(response, 200, {}), 1000).unref();
  };
  const error = await client({ timeoutMs: 50 })
    .request({ method: 'GET', path: '/companies' })
    .catch((e: unknown) => e);
  assert.ok(error instanceof RequestTimeoutError, String(error));
  assert.equal(error.kind, 'timeout');
});

test('a refused port gives ConnectionError with a one-line cause and what to do', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const twenty = createTwentyClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, readOnly: true, timeoutMs: 2000, maxRetries429: 0, maxRetryAfterMs: 0 });
  const error = await twenty.request({ method: 'GET', path: '/companies', auth: { queryToken: true } }).catch((e: unknown) => e);
  assert.ok(error instanceof ConnectionError, String(error));
  assert.equal(error.code, 'ECONNREFUSED');
  assert.match(error.message, /connection refused/);
  assert.match(error.message, /TWENTY_BASE_URL/);
  assert.ok(!error.message.includes('\n'));
  assert.ok(!error.message.includes(TOKEN));
});

test('a token echoed in the response body and headers is redacted', async () => {
  handler = (request, response) =>
    json(response, 401, { statusCode: 401, error: 'UNAUTHENTICATED', messages: [`Token invalid: ${request.headers.authorization}`] }, { 'x-echo': `${TOKEN}` });
  const twenty = client();
  const exchange = await twenty.request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 401);
  const everything = JSON.stringify(twenty.exchanges());
  assert.ok(!everything.includes(TOKEN));
  assert.match(exchange.responseBody, /Bearer \[REDACTED\]/);
  assert.equal(exchange.responseHeaders['x-echo'], '[REDACTED]');
  assert.equal(exchange.responseEchoedSecret, true);
  assert.deepEqual(exchange.json, { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid: Bearer [REDACTED]'] });
});

test('a token sent in ?token= is redacted from the URL and reproduced as $TWENTY_API_KEY', async () => {
  const twenty = client();
  const exchange = await twenty.request({ method: 'GET', path: '/open-api/core', auth: { queryToken: true } });
  assert.equal(seen[0]?.url, `/rest/open-api/core?token=${TOKEN}`);
  assert.equal(seen[0]?.headers.authorization, undefined);
  assert.equal(exchange.url, `${baseUrl}/rest/open-api/core?token=[REDACTED]`);
  assert.equal(exchange.credential, 'query-token');
  const curl = toCurl(exchange);
  assert.ok(!curl.includes(TOKEN));
  assert.equal(curl, `curl -sS -X GET "${baseUrl}/rest/open-api/core?token=$TWENTY_API_KEY"`);
});

test('curl for a normal request uses $TWENTY_API_KEY and carries the body', async () => {
  const twenty = client();
  const exchange = await twenty.request({ method: 'POST', path: '/companies', body: { name: `it's ${TOKEN}` } });
  assert.equal(seen[0]?.headers['content-type'], 'application/json');
  assert.equal(seen[0]?.body, JSON.stringify({ name: `it's ${TOKEN}` }));
  const curl = toCurl(exchange);
  assert.ok(!curl.includes(TOKEN));
  assert.ok(curl.includes('-H "Authorization: Bearer $TWENTY_API_KEY"'));
  assert.ok(curl.startsWith(`curl -sS -X POST -H "Authorization: Bearer $TWENTY_API_KEY" -H 'Content-Type: application/json' '${baseUrl}/rest/companies'`));
  assert.equal(exchange.requestBody, JSON.stringify({ name: "it's [REDACTED]" }));
});

test('a deliberately wrong credential is redacted and shown as a placeholder in curl', async () => {
  const twenty = client();
  twenty.addSecret(EXPIRED, 'expired token');
  handler = (_request, response) => json(response, 401, { statusCode: 401, error: 'UNAUTHENTICATED', messages: [`Token has expired: ${EXPIRED}`] });
  const exchange = await twenty.request({ method: 'GET', path: '/people', auth: { header: `Bearer ${EXPIRED}` } });
  assert.equal(seen[0]?.headers.authorization, `Bearer ${EXPIRED}`);
  assert.equal(exchange.credential, 'custom-header');
  assert.equal(exchange.requestHeaders.Authorization, 'Bearer [REDACTED]');
  const everything = JSON.stringify(twenty.exchanges()) + toCurl(exchange) + formatExchange(exchange);
  assert.ok(!everything.includes(EXPIRED));
  assert.ok(!everything.includes(TOKEN));
  assert.ok(toCurl(exchange).includes(`-H 'Authorization: Bearer <expired token>'`));
});

test('auth none sends no Authorization header and curl has none either', async () => {
  const exchange = await client().request({ method: 'GET', path: '/people', auth: 'none' });
  assert.equal(seen[0]?.headers.authorization, undefined);
  assert.equal(exchange.credential, 'none');
  assert.ok(!toCurl(exchange).includes('Authorization'));
});

test('formatExchange prints status line, masked volatile headers and a truncated body', async () => {
  handler = (_request, response) => json(response, 400, { statusCode: 400, error: 'BadRequestException', messages: ['x'.repeat(100)] });
  const exchange = await client().request({ method: 'GET', path: '/companies', query: { limit: 'x' } });
  const text = formatExchange(exchange, { maxBody: 40 });
  const lines = text.split('\n');
  assert.equal(lines[0], `[400] GET ${baseUrl}/rest/companies?limit=x`);
  assert.ok(lines.includes('  date: <volatile>'));
  assert.ok(lines.includes('  content-type: application/json'));
  assert.match(lines.at(-1) ?? '', /^\{"statusCode":400,"error":"BadRequestExc… \(124 more characters\)$/);
});

test('exchanges are logged in order with increasing ids', async () => {
  const twenty = client();
  await twenty.request({ method: 'GET', path: '/a' });
  await twenty.request({ method: 'GET', path: '/b' });
  assert.deepEqual(
    twenty.exchanges().map((e) => [e.id, e.url.replace(baseUrl, '')]),
    [
      [1, '/rest/a'],
      [2, '/rest/b'],
    ],
  );
});

test('concurrent requests cannot overrun the budget while waiting for pacing', async () => {
  const clock = fakeClock();
  const twenty = client({ maxRequests: 2, rate: { count: 1, perMs: 100 }, now: clock.now, sleep: clock.sleep });
  const results = await Promise.allSettled([1, 2, 3, 4].map(() => twenty.request({ method: 'GET', path: '/companies' })));
  assert.deepEqual(
    results.map((result) => result.status),
    ['fulfilled', 'fulfilled', 'rejected', 'rejected'],
  );
  assert.equal(seen.length, 2);
});

test('a header value that is not valid HTTP fails without leaking the token', async () => {
  const error = await client()
    .request({ method: 'GET', path: '/companies', auth: { header: `Bearer ${TOKEN}\nX-Evil: 1` } })
    .catch((e: unknown) => e);
  assert.ok(error instanceof ConnectionError, String(error));
  assert.equal(error.code, 'INVALID_REQUEST');
  assert.ok(!error.message.includes(TOKEN));
  assert.equal(seen.length, 0);
});

test('a GET answered 502/503/504 is retried with backoff, each attempt counted, then succeeds', async () => {
  const clock = fakeClock();
  handler = (_request, response, index) => (index < 2 ? json(response, index === 0 ? 502 : 503, { gateway: true }) : json(response, 200, { ok: true }));
  const twenty = client({ now: clock.now, sleep: clock.sleep, gatewayBackoffMs: 100 });
  const exchange = await twenty.request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 200);
  assert.equal(exchange.attempt, 3);
  assert.deepEqual(clock.sleeps, [100, 200]);
  assert.equal(seen.length, 3);
  assert.equal(twenty.requestCount(), 3);
});

test('a GET that stays gateway-5xx gives GatewayUnavailableError after the bounded retries', async () => {
  const clock = fakeClock();
  handler = (_request, response) => json(response, 504, {});
  const twenty = client({ now: clock.now, sleep: clock.sleep, maxRetriesGateway: 2 });
  await assert.rejects(twenty.request({ method: 'GET', path: '/companies' }), (error: unknown) => {
    assert.ok(error instanceof GatewayUnavailableError);
    assert.equal(error.status, 504);
    assert.equal(error.attempts, 3);
    assert.ok(!error.message.includes(TOKEN));
    return true;
  });
  assert.equal(seen.length, 3);
});

test('gateway retries spend the budget: no attempt beyond it is sent', async () => {
  const clock = fakeClock();
  handler = (_request, response) => json(response, 502, {});
  const twenty = client({ now: clock.now, sleep: clock.sleep, maxRequests: 2 });
  await assert.rejects(twenty.request({ method: 'GET', path: '/companies' }), BudgetExhaustedError);
  assert.equal(seen.length, 2);
});

test('a write answered 502 is not retried (it may have happened) and is returned as is', async () => {
  handler = (_request, response) => json(response, 502, {});
  const exchange = await client().request({ method: 'POST', path: '/companies', body: {} });
  assert.equal(exchange.status, 502);
  assert.equal(seen.length, 1);
});

test('a safe write-route probe (nothing it could write) answered 502 is retried like a read', async () => {
  const clock = fakeClock();
  handler = (_request, response, index) => (index === 0 ? json(response, 502, { gateway: true }) : json(response, 400, { statusCode: 400 }));
  const exchange = await client({ now: clock.now, sleep: clock.sleep }).request({ method: 'POST', path: '/batch/companies', body: [], safe: true });
  assert.equal(exchange.status, 400);
  assert.equal(exchange.attempt, 2);
  assert.equal(seen.length, 2);
});

test('a 500 is the API answering: not retried', async () => {
  handler = (_request, response) => json(response, 500, { statusCode: 500 });
  const exchange = await client().request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 500);
  assert.equal(seen.length, 1);
});

test('a connection reset on a GET is retried', async () => {
  const clock = fakeClock();
  handler = (_request, response, index) => (index === 0 ? response.socket?.destroy() : json(response, 200, { ok: true }));
  const twenty = client({ now: clock.now, sleep: clock.sleep });
  const exchange = await twenty.request({ method: 'GET', path: '/companies' });
  assert.equal(exchange.status, 200);
  assert.equal(seen.length, 2);
});

/** Answers a 50 MB list body (a JSON array of 1 MB strings), honouring backpressure and stopping when the client hangs up. */
function fiftyMegabytes(announce: boolean): Handler {
  const item = `"${'a'.repeat(1024 * 1024 - 3)}",`;
  const chunks = ['{"data":[', ...Array.from({ length: 50 }, () => item), '""]}'];
  const length = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...(announce ? { 'content-length': String(length) } : {}) });
    let next = 0;
    const pump = () => {
      while (next < chunks.length && !response.destroyed) {
        if (!response.write(chunks[next++])) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end();
    };
    pump();
  };
}

for (const announce of [true, false]) {
  test(`a 50 MB list body${announce ? ' (Content-Length)' : ' (chunked)'} is refused past the cap, naming the request, without buffering it`, async () => {
    handler = fiftyMegabytes(announce);
    const twenty = client({ maxResponseBytes: 10 * 1024 * 1024 });
    const heapBefore = process.memoryUsage().arrayBuffers;
    const error = await twenty.request({ method: 'GET', path: '/companies', query: { limit: '200' } }).catch((e: unknown) => e);
    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(error.kind, 'response-too-large');
    assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/rest\/companies\?limit=200 answered HTTP 200/);
    assert.match(error.message, /above the cap of 10485760 bytes \(--max-response-bytes\)/);
    if (announce) assert.match(error.message, /of 5242\d{4} bytes \(Content-Length\)/);
    assert.ok(!error.message.includes(TOKEN));
    // Stopped near the cap: far less than 50 MB held at once.
    assert.ok(process.memoryUsage().arrayBuffers - heapBefore < 30 * 1024 * 1024);
    assert.equal(twenty.requestCount(), 1);
  });
}

test('an answer under the cap is read whole', async () => {
  handler = (_request, response) => json(response, 200, { data: 'x'.repeat(5000) });
  const exchange = await client({ maxResponseBytes: 6000 }).request({ method: 'GET', path: '/companies' });
  assert.equal((exchange.json as { data: string }).data.length, 5000);
});
