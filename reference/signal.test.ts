// `twenty-conformance reference &` then SIGTERM to that pid stops the server,
// whether the pid is our node process or the npx/npm launcher in front of it
// (npm forwards the signal to its shell only, which leaves node orphaned).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function jsonLine(child: ChildProcess): Promise<{ baseUrl: string; apiKey: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no JSON line within 60 s; stderr: ${err}`)), 60_000);
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line && out.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { baseUrl: string; apiKey: string });
      }
    });
    child.stderr?.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`exited ${code} before its JSON line; stderr: ${err}`)));
  });
}

async function portClosed(baseUrl: string, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code === 'ECONNREFUSED') return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));

for (const [label, command, args] of [
  ['node bin/twenty-conformance.js reference', process.execPath, ['bin/twenty-conformance.js', 'reference', '--port', '0']],
  ['npx twenty-conformance reference', npx, ['--no-install', 'twenty-conformance', 'reference', '--port', '0']],
] as const) {
  test(`${label}: SIGTERM to the started pid stops the server and the process exits`, { timeout: 90_000 }, async () => {
    const child = spawn(command, [...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
    let line;
    try {
      line = await jsonLine(child);
      const answer = await fetch(`${line.baseUrl}/rest/companies?limit=1`, { headers: { Authorization: `Bearer ${line.apiKey}` } });
      assert.equal(answer.status, 200, 'the server serves before the signal');
      child.kill('SIGTERM');
      await exited(child);
      assert.ok(await portClosed(line.baseUrl, 10_000), `${line.baseUrl} still accepts connections after SIGTERM`);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
}
