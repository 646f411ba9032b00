// A whole smoke run against a deployment, through a proxy that records every
// request it forwards: smoke sends nothing but GET, stays within its budget,
// and the token appears in no output or report file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReference } from '../../reference/start.ts';

const bin = fileURLToPath(new URL('../twenty-conformance.js', import.meta.url));

function recordingProxy(target: URL, seen: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('smoke: GET only, within budget, and no token in any output or report', { timeout: 180_000 }, async () => {
  const reference = await startReference({ port: 0 });
  const seen: string[] = [];
  const proxy = await recordingProxy(new URL(reference.baseUrl), seen);
  const { port } = proxy.address() as { port: number };
  const reportDir = mkdtempSync(join(tmpdir(), 'tc-smoke-'));
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      // The pace is lifted: smoke's default 40/min (~2 minutes) is proven on the wire by the self-test's pacing stage.
      const child = spawn(process.execPath, [bin, '--base-url', `http://127.0.0.1:${port}`, '--rate', '600/s', '--report-dir', reportDir], {
        env: { ...process.env, TWENTY_API_KEY: reference.apiKey, CI: '1' },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    assert.equal(code, 0, output);
    assert.match(output, /profile smoke/);
    assert.ok(seen.length > 0, 'the proxy saw the run');
    assert.deepEqual(seen.filter((line) => !line.startsWith('GET ')), [], 'smoke sent only GET');
    assert.ok(seen.length <= 90, `within the 90-request budget, saw ${seen.length}`);
    assert.ok(!output.includes(reference.apiKey), 'no token in the terminal output');
    const leaking = filesUnder(reportDir).filter((file) => readFileSync(file).includes(reference.apiKey));
    assert.deepEqual(leaking, [], 'no token in any report file');
    const summary = JSON.parse(readFileSync(join(reportDir, 'summary.json'), 'utf8')) as { profile: string; exitCode: number };
    assert.equal(summary.profile, 'smoke');
    assert.equal(summary.exitCode, 0);
  } finally {
    proxy.close();
    await reference.stop();
  }
});
