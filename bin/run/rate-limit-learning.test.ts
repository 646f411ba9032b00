// Issue 12 item 3: the client learns a deployment's rate limit from its 429s,
// whatever their form, slows the run to it and keeps going. Real servers on
// 127.0.0.1: a classic Twenty throttler (no Retry-After, no X-RateLimit-*, the
// limit only in the message), a bare 429 server, and the reference's own
// --rate-limit (Retry-After and X-RateLimit-* as in Twenty's 2026 system).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPacingAuthority, connectPacer } from '../../runtime/client/pacing-authority.ts';
import { createTwentyClient } from '../../runtime/client/twenty-client.ts';
import { spacingMs } from '../../generators/client/pacer.ts';
import { startReference } from '../../reference/start.ts';

/** A continuously refilled bucket, answered as Twenty's classic throttler or as a bare 429. */
async function throttledServer(limit: number, windowMs: number, form: 'classic' | 'bare'): Promise<{ baseUrl: string; answers: number[]; server: Server }> {
  let tokens = limit;
  let updatedAt = Date.now();
  const answers: number[] = [];
  const server = createServer((_request, response) => {
    const now = Date.now();
    tokens = Math.min(limit, tokens + ((now - updatedAt) * limit) / windowMs);
    updatedAt = now;
    if (tokens < 1) {
      answers.push(429);
      response.writeHead(429, { 'content-type': 'application/json' });
      response.end(form === 'classic' ? JSON.stringify({ statusCode: 429, error: 'HttpException', messages: [`Limit reached (${limit} tokens per ${windowMs} ms)`] }) : '');
      return;
    }
    tokens -= 1;
    answers.push(200);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: { companies: [] } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, answers, server };
}

const servers: Server[] = [];
after(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

const options = { readOnly: true, timeoutMs: 5000, maxRetries429: 20, maxRetryAfterMs: 30_000, rateLimitPatienceMs: 30_000 } as const;

test('classic throttler (no Retry-After): two workers learn the stated limit through the authority, every request ends 200, 429s stop', async () => {
  const { baseUrl, answers, server } = await throttledServer(10, 1000, 'classic');
  servers.push(server);
  const learned: (number | null)[] = [];
  const authority = await startPacingAuthority(null, { onPaceChange: (spacing) => learned.push(spacing) });
  const links = await Promise.all([connectPacer(authority.address), connectPacer(authority.address)]);
  try {
    const clients = links.map((pacer) => createTwentyClient({ baseUrl, token: 'k', pacer, ...options }));
    const statuses: number[] = [];
    await Promise.all(
      clients.map(async (client) => {
        for (let i = 0; i < 15; i++) statuses.push((await client.request({ method: 'GET', path: '/companies' })).status);
      }),
    );
    assert.deepEqual(new Set(statuses), new Set([200]), 'a 429 is never the answer');
    assert.equal(statuses.length, 30);
    assert.ok(answers.includes(429), 'the burst met the limit');
    assert.equal(learned[0], spacingMs({ count: 10, perMs: 1000 }), 'learned 10 per second from the message');
    // After the lesson the run stays under the limit: the last 10 answers are all 200.
    assert.deepEqual(answers.slice(-10), Array(10).fill(200));
    // Each retried attempt was sent and counted.
    assert.equal(clients.reduce((sum, client) => sum + client.requestCount(), 0), answers.length);
  } finally {
    for (const link of links) link.close();
    await authority.close();
  }
});

test('a bare 429 (nothing stated): the client guesses, slows down further while 429s go on, and gets through', async () => {
  const { baseUrl, answers, server } = await throttledServer(5, 500, 'bare');
  servers.push(server);
  const client = createTwentyClient({ baseUrl, token: 'k', ...options });
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push((await client.request({ method: 'GET', path: '/companies' })).status);
  assert.deepEqual(new Set(statuses), new Set([200]));
  assert.ok(answers.filter((status) => status === 429).length >= 1);
});

test("the reference's --rate-limit (Retry-After, X-RateLimit-*): learned, waited for, all answered", async () => {
  const reference = await startReference({ port: 0, rateLimit: { limit: 6, windowMs: 2000 } });
  try {
    const client = createTwentyClient({ baseUrl: reference.baseUrl, token: reference.apiKey, ...options });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await client.request({ method: 'GET', path: '/companies', query: { limit: '1' } })).status);
    assert.deepEqual(new Set(statuses), new Set([200]));
    const attempts = client.exchanges();
    assert.ok(attempts.some((exchange) => exchange.status === 429), 'the reference limited the burst');
    assert.equal(client.requestCount(), attempts.length, 'every attempt counted');
  } finally {
    await reference.stop();
  }
});
