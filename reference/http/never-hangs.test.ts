// The server neither hangs on a stuck engine nor on a malformed request line.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../testing/reference/http/test-server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ handlerTimeoutMs: 200 });
});
after(() => server.stop());

test('a stuck engine call is answered 503 in JSON after the handler deadline', async () => {
  const original = server.engine.findOne;
  server.engine.findOne = () => new Promise(() => {});
  try {
    const began = Date.now();
    const response = await call(server.baseUrl, 'GET', '/rest/people/00000000-0000-4000-8000-000000000000', { token: server.apiKey });
    assert.equal(response.status, 503);
    assert.deepEqual(response.body, { statusCode: 503, error: 'ServiceUnavailableException', messages: ['Request timed out'] });
    assert.ok(Date.now() - began < 5000);
  } finally {
    server.engine.findOne = original;
  }
  assert.equal((await call(server.baseUrl, 'GET', '/rest/people', { token: server.apiKey })).status, 200);
});

test('a malformed request line is answered 400 in JSON and the connection closed', async () => {
  const url = new URL(server.baseUrl);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write('NOT A REQUEST\r\n\r\n'));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  assert.match(answer, /^HTTP\/1\.1 400 /);
  assert.match(answer, /content-type: application\/json; charset=utf-8/);
  assert.ok(answer.endsWith('{"statusCode":400,"error":"BadRequestException","messages":["Malformed HTTP request"]}'));
});
