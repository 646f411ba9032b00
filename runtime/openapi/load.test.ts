import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentLoadError, loadDocument, parseDocumentText, type LoadFailure } from './load.ts';
import { REDACTED, redactToken } from '../../generators/openapi/redact.ts';

const TOKEN = 'sk-test-SECRET-123';
const DOCUMENT = { openapi: '3.1.1', info: { title: 'Twenty Api', version: 'v0.1' }, paths: {} };

interface Seen {
  url: string;
  authorization: string | undefined;
}

let server: Server;
let base = '';
const seen: Seen[] = [];

// Each route stands for one way a deployment can answer; most echo the token back,
// as a careless server might, so redaction is tested on every error path.
function answer(request: IncomingMessage, send: (status: number, body: string, type?: string) => void): void {
  const path = (request.url ?? '').split('?')[0];
  const echo = `you sent ${request.headers.authorization ?? 'nothing'}`;
  switch (path) {
    case '/ok/rest/open-api/core':
    case '/ok/rest/open-api/metadata':
    case '/doc.json':
    case '/nometa/rest/open-api/core':
      return send(200, JSON.stringify(DOCUMENT), 'application/json');
    case '/nometa/rest/open-api/metadata':
      return send(404, echo);
    case '/unauthorized/rest/open-api/core':
      return send(401, JSON.stringify({ statusCode: 401, messages: ['Token invalid.'], echo }));
    case '/forbidden/rest/open-api/core':
      return send(403, JSON.stringify({ statusCode: 403, messages: ['Missing authentication token'], echo }));
    case '/broken/rest/open-api/core':
      return send(500, JSON.stringify({ error: 'boom', echo }));
    case '/html/rest/open-api/core':
      return send(200, `<html>${echo}</html>`, 'text/html');
    case '/array/rest/open-api/core':
      return send(200, '[1,2]', 'application/json');
    case '/moved/rest/open-api/core':
      return send(301, '', 'text/plain');
    case '/slow/rest/open-api/core':
      return; // never answers; the client must time out
    default:
      return send(404, 'not found');
  }
}

before(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
    answer(request, (status, body, type = 'text/plain') => {
      const redirect = status === 301 ? { location: `http://elsewhere.invalid/doc?token=${TOKEN}` } : {};
      response.writeHead(status, { 'content-type': type, ...redirect });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(promise: Promise<unknown>): Promise<DocumentLoadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DocumentLoadError, `a DocumentLoadError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the load to fail');
}

function assertClean(error: DocumentLoadError, expected: LoadFailure): void {
  assert.equal(error.failure, expected, error.message);
  assert.ok(!error.message.includes(TOKEN), `token leaked: ${error.message}`);
  assert.ok(!error.message.includes('\n'), 'one line');
  assert.ok(error.message.includes(':'), 'says what to do after the cause');
}

describe('deployment documents over HTTP', () => {
  test('core and metadata are fetched with the Bearer header, never a query token', async () => {
    seen.length = 0;
    const loaded = await loadDocument({ kind: 'deployment', baseUrl: `${base}/ok/` }, { token: TOKEN });
    assert.deepEqual(loaded.document, DOCUMENT);
    assert.deepEqual(loaded.metadata, DOCUMENT);
    assert.equal(loaded.origin, `${base}/ok/rest/open-api/core`);
    assert.deepEqual(
      seen.map((request) => request.url),
      ['/ok/rest/open-api/core', '/ok/rest/open-api/metadata'],
    );
    for (const request of seen) {
      assert.equal(request.authorization, `Bearer ${TOKEN}`);
      assert.ok(!request.url.includes(TOKEN));
    }
  });

  test('without a token no Authorization header is sent', async () => {
    seen.length = 0;
    await loadDocument({ kind: 'deployment', baseUrl: `${base}/ok` }, {});
    assert.equal(seen[0]?.authorization, undefined);
  });

  test('a missing metadata document is reported, not fatal', async () => {
    const loaded = await loadDocument({ kind: 'deployment', baseUrl: `${base}/nometa` }, { token: TOKEN });
    assert.deepEqual(loaded.document, DOCUMENT);
    assert.equal(loaded.metadata, null);
    assert.match(loaded.metadataProblem ?? '', /HTTP 404/);
    assert.ok(!(loaded.metadataProblem ?? '').includes(TOKEN));
  });

  test('401 and 403: the token was rejected', async () => {
    for (const path of ['unauthorized', 'forbidden']) {
      const error = await failure(loadDocument({ kind: 'deployment', baseUrl: `${base}/${path}` }, { token: TOKEN }));
      assertClean(error, 'token-rejected');
      assert.match(error.message, /the token was rejected: check TWENTY_API_KEY/);
    }
  });

  test('other non-2xx statuses name the status, with the echoed token redacted', async () => {
    const error = await failure(loadDocument({ kind: 'deployment', baseUrl: `${base}/broken` }, { token: TOKEN }));
    assertClean(error, 'http-status');
    assert.match(error.message, /HTTP 500/);
    assert.ok(error.message.includes(REDACTED), 'the echo is shown, redacted');
  });

  test('a body that is not JSON, or JSON that is not an object', async () => {
    const html = await failure(loadDocument({ kind: 'deployment', baseUrl: `${base}/html` }, { token: TOKEN }));
    assertClean(html, 'not-json-body');
    assert.ok(html.message.includes(REDACTED));
    const array = await failure(loadDocument({ kind: 'deployment', baseUrl: `${base}/array` }, { token: TOKEN }));
    assertClean(array, 'not-an-object');
  });

  test('a redirect is reported, not followed (the token stays with the named host)', async () => {
    seen.length = 0;
    const error = await failure(loadDocument({ kind: 'deployment', baseUrl: `${base}/moved` }, { token: TOKEN }));
    assertClean(error, 'http-status');
    assert.match(error.message, /redirects \(HTTP 301\) to http:\/\/elsewhere\.invalid\/doc/);
    assert.equal(seen.length, 1);
  });

  test('a server that never answers times out', async () => {
    const error = await failure(loadDocument({ kind: 'deployment', baseUrl: `${base}/slow` }, { token: TOKEN, timeoutMs: 200 }));
    assertClean(error, 'timeout');
    assert.match(error.message, /within 200 ms/);
  });

  test('a refused port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(loadDocument({ kind: 'deployment', baseUrl: `http://127.0.0.1:${port}` }, { token: TOKEN }));
    assertClean(error, 'connection-refused');
  });

  test('a URL source: the query string (which may hold a token) never reaches the message', async () => {
    const loaded = await loadDocument({ kind: 'url', url: `${base}/doc.json` }, { token: TOKEN });
    assert.deepEqual(loaded.document, DOCUMENT);
    const error = await failure(loadDocument({ kind: 'url', url: `${base}/missing.json?token=${TOKEN}` }, { token: TOKEN }));
    assertClean(error, 'http-status');
    assert.ok(!error.message.includes('token='));
  });
});

describe('network failures without a network (injected fetch)', () => {
  const failingFetch = (code: string): typeof fetch =>
    (async () => {
      const cause = Object.assign(new Error(`getaddrinfo ${code} ${TOKEN}.example`), { code });
      throw new TypeError('fetch failed', { cause });
    }) as typeof fetch;

  test('DNS failure', async () => {
    const error = await failure(loadDocument({ kind: 'url', url: 'https://nowhere.invalid/doc' }, { token: TOKEN, fetch: failingFetch('ENOTFOUND') }));
    assertClean(error, 'dns');
  });

  test('TLS failure', async () => {
    const error = await failure(
      loadDocument({ kind: 'url', url: 'https://self-signed.invalid/doc' }, { token: TOKEN, fetch: failingFetch('DEPTH_ZERO_SELF_SIGNED_CERT') }),
    );
    assertClean(error, 'tls');
  });

  test('an unexpected error is still a one-line DocumentLoadError, redacted', async () => {
    const weird = (async () => {
      throw new Error(`socket hang up near ${TOKEN}`);
    }) as typeof fetch;
    const error = await failure(loadDocument({ kind: 'url', url: 'https://x.invalid/doc' }, { token: TOKEN, fetch: weird }));
    assert.equal(error.failure, 'network');
    assert.ok(!error.message.includes(TOKEN));
  });
});

describe('transient gateway answers on the document fetch', () => {
  const noWait = async () => {};
  const sequence = (answers: (number | 'reset')[]) => {
    let calls = 0;
    const fake = (async () => {
      const answer = answers[Math.min(calls++, answers.length - 1)];
      if (answer === 'reset') throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      return new Response(answer === 200 ? JSON.stringify(DOCUMENT) : '<html>bad gateway</html>', { status: answer });
    }) as typeof fetch;
    return { fake, calls: () => calls };
  };

  test('a 502, a 503 and a reset before the document are retried', async () => {
    const { fake, calls } = sequence([502, 503, 'reset', 200]);
    const loaded = await loadDocument({ kind: 'url', url: 'https://x.invalid/doc' }, { fetch: fake, sleep: noWait });
    assert.equal(loaded.document.openapi, '3.1.1');
    assert.equal(calls(), 4);
  });

  test('a gateway that stays 504 is reported after the bounded retries', async () => {
    const { fake, calls } = sequence([504]);
    const error = await failure(loadDocument({ kind: 'url', url: 'https://x.invalid/doc' }, { fetch: fake, sleep: noWait, gatewayRetries: 2 }));
    assert.match(error.message, /HTTP 504/);
    assert.equal(calls(), 3);
  });

  test('a 500 is not retried', async () => {
    const { fake, calls } = sequence([500]);
    await failure(loadDocument({ kind: 'url', url: 'https://x.invalid/doc' }, { fetch: fake, sleep: noWait }));
    assert.equal(calls(), 1);
  });
});

describe('files', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'openapi-load-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('JSON and YAML files load to the same document', async () => {
    await writeFile(join(dir, 'doc.json'), JSON.stringify(DOCUMENT));
    await writeFile(join(dir, 'doc.yaml'), 'openapi: 3.1.1\ninfo:\n  title: Twenty Api\n  version: v0.1\npaths: {}\n');
    const json = await loadDocument({ kind: 'file', path: join(dir, 'doc.json') });
    const yaml = await loadDocument({ kind: 'file', path: join(dir, 'doc.yaml') });
    assert.deepEqual(json.document, DOCUMENT);
    assert.deepEqual(yaml.document, DOCUMENT);
    assert.equal(yaml.origin, join(dir, 'doc.yaml'));
  });

  test('a missing file, a directory, and a file that is neither JSON nor YAML', async () => {
    assertClean(await failure(loadDocument({ kind: 'file', path: join(dir, 'absent.json') })), 'file-missing');
    assertClean(await failure(loadDocument({ kind: 'file', path: dir })), 'file-unreadable');
    await writeFile(join(dir, 'bad.yaml'), 'openapi: [unclosed\n  - : :\n');
    assertClean(await failure(loadDocument({ kind: 'file', path: join(dir, 'bad.yaml') })), 'not-json-or-yaml');
    await writeFile(join(dir, 'scalar.txt'), 'just some words');
    assertClean(await failure(loadDocument({ kind: 'file', path: join(dir, 'scalar.txt') })), 'not-an-object');
  });

  test('parseDocumentText prefers JSON and falls back to YAML', () => {
    assert.deepEqual(parseDocumentText('{"a":1}', 'x'), { a: 1 });
    assert.deepEqual(parseDocumentText('a: 1', 'x'), { a: 1 });
  });
});

test('redactToken replaces every occurrence and leaves text alone without a token', () => {
  assert.equal(redactToken(`a ${TOKEN} b ${TOKEN}`, TOKEN), `a ${REDACTED} b ${REDACTED}`);
  assert.equal(redactToken('nothing here', TOKEN), 'nothing here');
  assert.equal(redactToken('text', undefined), 'text');
  assert.equal(redactToken('text', ''), 'text');
});
