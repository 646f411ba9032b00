// `npm run bench`: measures the reference deployment as a user meets it and
// prints a table. No thresholds: the numbers go into the closing note
// (targets: start ≤ 3 s, list p50 ≤ 10 ms at 1,000 records, RSS ≤ 300 MB).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const START_RUNS = 3;
const EXTRA_RECORDS = 1000;
const BATCH_SIZE = 50;
const WARMUP_REQUESTS = 20;
const MEASURED_REQUESTS = 200;
const LIST_QUERY = '/rest/companies?filter=employees[gte]:100&order_by=name[AscNullsLast]&limit=60';

interface Started {
  child: ChildProcess;
  baseUrl: string;
  apiKey: string;
  startMs: number;
}

function startReference(): Promise<Started> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'reference/main.ts', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the reference did not print its JSON line within 60 s'));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      const { baseUrl, apiKey } = JSON.parse(stdout.slice(0, newline)) as { baseUrl: string; apiKey: string };
      resolve({ child, baseUrl, apiKey, startMs: performance.now() - began });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the reference exited with ${code} before listening: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

function rssMegabytes(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kilobytes / 1024;
  } catch {
    return NaN;
  }
}

async function request(started: Started, method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(started.baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${started.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  await response.arrayBuffer();
  if (response.status >= 300) throw new Error(`${method} ${path.split('?')[0]} answered ${response.status}`);
  return response.status;
}

async function main() {
  const startTimes: number[] = [];
  for (let run = 0; run < START_RUNS; run += 1) {
    const started = await startReference();
    startTimes.push(started.startMs);
    await stop(started.child);
  }

  const started = await startReference();
  try {
    for (let offset = 0; offset < EXTRA_RECORDS; offset += BATCH_SIZE) {
      const batch = Array.from({ length: BATCH_SIZE }, (_, index) => ({
        name: `Bench company ${offset + index}`,
        employees: (offset + index) % 500,
      }));
      await request(started, 'POST', '/rest/batch/companies', batch);
    }
    for (let index = 0; index < WARMUP_REQUESTS; index += 1) await request(started, 'GET', LIST_QUERY);
    const latencies: number[] = [];
    for (let index = 0; index < MEASURED_REQUESTS; index += 1) {
      const began = performance.now();
      await request(started, 'GET', LIST_QUERY);
      latencies.push(performance.now() - began);
    }
    const rss = rssMegabytes(started.child.pid);
    const rows: [string, string, string][] = [
      ['cold start to JSON line (min)', `${(Math.min(...startTimes) / 1000).toFixed(2)} s`, '≤ 3 s'],
      ['cold start to JSON line (median)', `${(median(startTimes) / 1000).toFixed(2)} s`, '≤ 3 s'],
      [`list p50 (filter+order_by, ${EXTRA_RECORDS}+ records)`, `${percentile(latencies, 50).toFixed(1)} ms`, '≤ 10 ms'],
      [`list p95 (filter+order_by, ${EXTRA_RECORDS}+ records)`, `${percentile(latencies, 95).toFixed(1)} ms`, ''],
      ['server RSS after the run', `${rss.toFixed(0)} MB`, '≤ 300 MB'],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(9)}  target`);
    for (const [label, value, target] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(9)}  ${target}`);
    console.log(`(start runs: ${startTimes.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s; ${MEASURED_REQUESTS} measured requests: ${LIST_QUERY})`);
  } finally {
    await stop(started.child);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
