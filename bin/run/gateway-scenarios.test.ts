// Hostile infrastructure in front of a faithful deployment, through real local
// proxies and the real CLI: a gateway that answers 502/503 on every 5th request
// must not turn into contract failures, and a deployment whose data requests all
// answer 500 (database down) stops early with one line, exit 2 and its reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaErrors } from '../../generators/config/validate-against-schema.ts';
import { startReference } from '../../reference/start.ts';

const bin = fileURLToPath(new URL('../twenty-conformance.js', import.meta.url));

/** Answers itself when `intercept` returns a status, else forwards to the target. */
function proxy(target: URL, intercept: (req: IncomingMessage, index: number) => number | null): Promise<{ server: Server; port: number; count: () => number }> {
  let index = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const status = intercept(req, ++index);
    if (status !== null) {
      req.resume();
      res.writeHead(status, { 'content-type': 'text/html' }).end(`<html><body>${status} from the gateway</body></html>`);
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, count: () => index })),
  );
}

function runCli(args: string[], apiKey: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, TWENTY_API_KEY: apiKey, TWENTY_EXPIRED_API_KEY: '', CI: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Summary {
  exitCode: number;
  error?: string;
  checks: { id: string; verdict: string; reasons: string[] }[];
}
const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;

test('a gateway answering 502/503 on every 5th request: smoke and the full gate pass or are inconclusive, never a MUST failure', { timeout: 600_000 }, async () => {
  const reference = await startReference({ port: 0 });
  // The document fetch included: the 5th, 10th, … request of the whole run.
  const flaky = await proxy(new URL(reference.baseUrl), (_req, index) => (index % 5 === 0 ? (index % 10 === 0 ? 503 : 502) : null));
  const baseUrl = `http://127.0.0.1:${flaky.port}`;
  try {
    for (const extra of [
      ['--profile', 'smoke', '--rate', '50/s'],
      // The full gate, every check, with few random cases per property to stay inside CI's time.
      ['--profile', 'gate', '--runs', '10'],
    ]) {
      const reportDir = mkdtempSync(join(tmpdir(), 'tc-gateway-'));
      const { code, stdout, stderr } = await runCli(['--base-url', baseUrl, '--seed', '3', '--report-dir', reportDir, '--workers', '1', ...extra], reference.apiKey);
      const output = `${stdout}\n${stderr}`;
      assert.ok(existsSync(join(reportDir, 'summary.json')), output);
      const summary = summaryOf(reportDir);
      const failed = summary.checks.filter((check) => check.verdict === 'fail' || check.verdict === 'internal-error');
      assert.deepEqual(failed.map((check) => `${check.id} ${check.verdict}: ${check.reasons[0]}`), [], `${extra.join(' ')}: no failure from the gateway`);
      const inconclusive = summary.checks.filter((check) => check.verdict === 'inconclusive');
      assert.ok(code === 0 || (code === 1 && inconclusive.length > 0), `${extra.join(' ')}: exit ${code}\n${output.slice(-3000)}`);
      // Inconclusive only where a write (never retried: it may have happened) met the gateway.
      const notAWrite = inconclusive.filter((check) => !check.reasons.every((reason) => /gateway answered (HTTP )?5\d\d to (POST|PATCH|DELETE)/.test(reason)));
      assert.deepEqual(notAWrite.map((check) => `${check.id}: ${check.reasons[0]}`), [], `${extra.join(' ')}: inconclusive only where a write met the gateway`);
    }
    assert.ok(flaky.count() > 20, 'the proxy saw the runs');
  } finally {
    flaky.server.close();
    await reference.stop();
  }
});

test('a deployment that answers 500 to every data request: exit 2, one line, few requests, reports that say why', { timeout: 120_000 }, async () => {
  const reference = await startReference({ port: 0 });
  // The OpenAPI documents pass; every record route answers 500 (database down).
  const down = await proxy(new URL(reference.baseUrl), (req) => (req.url?.startsWith('/rest/open-api/') ? null : 500));
  const reportDir = mkdtempSync(join(tmpdir(), 'tc-down-'));
  try {
    const { code, stdout, stderr } = await runCli(['--base-url', `http://127.0.0.1:${down.port}`, '--profile', 'gate', '--report-dir', reportDir], reference.apiKey);
    assert.equal(code, 2, `${stdout}\n${stderr}`);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0] ?? '', /unhealthy/);
    assert.ok(stdout.trim().split('\n').length <= 2, `barely any output: ${stdout}`);
    assert.ok(down.count() <= 10, `a small request count, saw ${down.count()}`);
    const summary = summaryOf(reportDir);
    assert.deepEqual(schemaErrors('summary.schema.json', summary), []);
    assert.equal(summary.exitCode, 2);
    assert.match(summary.error ?? '', /unhealthy/);
    const junit = readFileSync(join(reportDir, 'junit.xml'), 'utf8');
    assert.equal(junit.match(/<failure /g)?.length, 1);
    assert.match(junit, /could not run: .*unhealthy/);
    assert.ok(!readFileSync(join(reportDir, 'summary.json'), 'utf8').includes(reference.apiKey));
    // The pages people read say it too.
    const html = readFileSync(join(reportDir, 'report.html'), 'utf8');
    assert.match(html, /<h1>Error: no verdict \(exit 2\)<\/h1><p>[^<]*unhealthy/);
    assert.match(readFileSync(join(reportDir, 'summary.md'), 'utf8'), /^## ⚠️ twenty-conformance: Error: no verdict \(exit 2\)\n\n[^\n]*unhealthy/);
    assert.match(readFileSync(join(reportDir, 'badge.svg'), 'utf8'), /aria-label="conformance: error"/);
    assert.ok(!html.includes(reference.apiKey));
  } finally {
    down.server.close();
    await reference.stop();
  }
});
