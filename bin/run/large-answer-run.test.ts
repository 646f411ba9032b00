// Issue 15: a deployment whose list answers are 50 MB. A proxy in front of the
// reference streams 50 MB bodies for every companies list; the run must end
// promptly with the check that asked failing (naming the request and the cap),
// not with internal errors or a buffered 50 MB per request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReference } from '../../reference/start.ts';

const bin = fileURLToPath(new URL('../twenty-conformance.js', import.meta.url));
const MEGABYTE = 1024 * 1024;

/** Forwards to the reference, except companies lists: 50 MB of JSON, streamed with backpressure. */
function inflatingProxy(target: URL, inflated: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/rest/companies') {
      inflated.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      const item = `{"id":"${'0'.repeat(MEGABYTE - 10)}"},`;
      let sent = 0;
      const pump = () => {
        if (sent === 0) res.write('{"data":{"companies":[');
        while (sent < 50 && !res.destroyed) {
          sent++;
          if (!res.write(item)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end('{}]}}');
      };
      res.on('close', () => (sent = 50));
      pump();
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('50 MB list answers: the asking check fails naming the request and the cap; no internal error', { timeout: 240_000 }, async () => {
  const reference = await startReference({ port: 0 });
  const inflated: string[] = [];
  const proxy = await inflatingProxy(new URL(reference.baseUrl), inflated);
  const { port } = proxy.address() as { port: number };
  const reportDir = mkdtempSync(join(tmpdir(), 'tc-large-answer-'));
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const args = [bin, '--base-url', `http://127.0.0.1:${port}`, '--profile', 'smoke', '--rate', '600/s', '--check', 'RESP-001', '--report-dir', reportDir];
      const child = spawn(process.execPath, args, { env: { ...process.env, TWENTY_API_KEY: reference.apiKey, CI: '1' } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    assert.ok(inflated.length > 0, 'the run asked for a companies list');
    assert.equal(code, 1, output);
    const summary = JSON.parse(readFileSync(join(reportDir, 'summary.json'), 'utf8')) as { checks: { id: string; verdict: string; reasons: string[] }[] };
    const resp001 = summary.checks.find((check) => check.id === 'RESP-001');
    assert.equal(resp001?.verdict, 'fail', JSON.stringify(summary.checks));
    const reasons = resp001?.reasons.join('\n') ?? '';
    assert.match(reasons, /GET http:\/\/127\.0\.0\.1:\d+\/rest\/companies\S* answered HTTP 200 with a body over 10485760 bytes/);
    assert.match(reasons, /--max-response-bytes/);
    assert.deepEqual(summary.checks.filter((check) => check.verdict === 'internal-error'), []);
    assert.ok(!output.includes(reference.apiKey));
  } finally {
    proxy.close();
    await reference.stop();
  }
});
