// `npm run bench`: measures the reference deployment as a user meets it, by
// spawning the reference CLI, and prints a table against the targets (start
// ≤ 3 s, list p50 ≤ 10 ms at 1,000 records, RSS ≤ 300 MB). No pass/fail exit
// code: the machine is shared and the numbers are for people to read.
//
// Honest by construction: the data-directory cache lives in a temporary folder
// of its own, so the first start really is a first run ever (initdb + DDL +
// seed) and the warm starts reuse only what that first run cached. Latency is
// the client-side round trip (HTTP + engine + PGlite), one request at a time.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceProcess } from './support/reference-process.ts';
import { fileURLToPath } from 'node:url';
import { describeLargeRun, runLargeWorkspace } from './self-test/large-workspace.ts';
import { measureFixtures } from './bench-fixtures.ts';
import { pacingStage } from './self-test/pacing-stage.ts';
import { benchWorkspace2026 } from './bench-2026.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const WARM_START_RUNS = 3;
const TARGET_RECORDS = 1000;
const BATCH_SIZE = 50;
const WARMUP_REQUESTS = 20;
const MEASURED_REQUESTS = 200;
const IDLE_SETTLE_MS = 1000;
const LIST_QUERY = '/rest/companies?filter=employees[gte]:100&order_by=name[AscNullsLast]&limit=60';

interface Started {
  child: ChildProcess;
  baseUrl: string;
  apiKey: string;
  startMs: number;
}

async function startReference(cacheDir: string): Promise<Started> {
  const began = performance.now();
  // reference/main.ts through tsx: the start measured is the reference's, not the launcher's.
  const reference = await startReferenceProcess({
    cwd: root,
    command: [process.execPath, '--import', 'tsx', 'reference/main.ts'],
    env: { ...process.env, TWENTY_CONFORMANCE_CACHE_DIR: cacheDir },
  });
  return { child: reference.child, baseUrl: reference.baseUrl, apiKey: reference.apiKey, startMs: performance.now() - began };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
/** Nearest-rank percentile: the smallest value with at least p% of the samples at or below it. */
const percentile = (values: number[], p: number) => {
  const ordered = sorted(values);
  return ordered[Math.min(ordered.length - 1, Math.max(0, Math.ceil((p / 100) * ordered.length) - 1))] ?? NaN;
};

/** Resident memory of the server process (VmRSS), and its peak so far (VmHWM), in MB. */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  if (pid === undefined) return { rss: NaN, peak: NaN };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const read = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
    return { rss: read('VmRSS'), peak: read('VmHWM') };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

async function request(started: Started, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(started.baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${started.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path.split('?')[0]} answered ${response.status}`);
  return JSON.parse(text) as unknown;
}

async function totalCount(started: Started, path: string): Promise<number> {
  const body = (await request(started, 'GET', path)) as { totalCount?: unknown };
  return Number(body.totalCount);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(1)} ms`;
const megabytes = (mb: number) => `${mb.toFixed(0)} MB`;

async function main() {
  const cacheDir = mkdtempSync(join(tmpdir(), 'twenty-conformance-bench-'));
  try {
    // First run ever: empty cache, so the reference runs initdb, DDL and seed, then caches.
    const first = await startReference(cacheDir);
    await stop(first.child);

    const warmStarts: number[] = [];
    for (let run = 0; run < WARM_START_RUNS; run += 1) {
      const started = await startReference(cacheDir);
      warmStarts.push(started.startMs);
      await stop(started.child);
    }

    const started = await startReference(cacheDir);
    try {
      await sleep(IDLE_SETTLE_MS);
      const idle = memoryOf(started.child.pid);

      const fixtures = await measureFixtures(started.baseUrl, started.apiKey);

      // Top the companies up to TARGET_RECORDS (the seed already holds some).
      const seeded = await totalCount(started, '/rest/companies?limit=1');
      for (let made = seeded; made < TARGET_RECORDS; made += BATCH_SIZE) {
        const batch = Array.from({ length: Math.min(BATCH_SIZE, TARGET_RECORDS - made) }, (_, index) => ({
          name: `Bench company ${made + index}`,
          employees: (made + index) % 500,
        }));
        await request(started, 'POST', '/rest/batch/companies', batch);
      }
      const records = await totalCount(started, '/rest/companies?limit=1');
      const matching = await totalCount(started, LIST_QUERY);

      for (let index = 0; index < WARMUP_REQUESTS; index += 1) await request(started, 'GET', LIST_QUERY);
      const latencies: number[] = [];
      for (let index = 0; index < MEASURED_REQUESTS; index += 1) {
        const began = performance.now();
        await request(started, 'GET', LIST_QUERY);
        latencies.push(performance.now() - began);
      }
      const loaded = memoryOf(started.child.pid);

      const rows: [string, string, string][] = [
        ['start, empty cache (first run: initdb+seed)', seconds(first.startMs), '(one-off)'],
        ['start, warm cache (median)', seconds(percentile(warmStarts, 50)), '≤ 3 s'],
        ['start, warm cache (max)', seconds(Math.max(...warmStarts)), '≤ 3 s'],
        [`list p50 (filter+order_by, ${records} records)`, millis(percentile(latencies, 50)), '≤ 10 ms'],
        [`list p95 (filter+order_by, ${records} records)`, millis(percentile(latencies, 95)), ''],
        ['server RSS idle (1 s after start)', megabytes(idle.rss), '≤ 300 MB'],
        ['server RSS after the load', megabytes(loaded.rss), '≤ 300 MB'],
        ['server peak RSS (VmHWM)', megabytes(loaded.peak), ''],
        [`fixture setup + teardown (${fixtures.objects} objects, ${fixtures.records} records)`, seconds(fixtures.setupMs + fixtures.teardownMs), '≤ 5 s'],
        ['  of which setup (batch create + read back)', seconds(fixtures.setupMs), ''],
        ['  of which teardown (find by tag + bulk delete)', seconds(fixtures.teardownMs), ''],
      ];
      const width = Math.max(...rows.map(([label]) => label.length));
      console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(9)}  target`);
      for (const [label, value, target] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(9)}  ${target}`);
      console.log(`(warm starts: ${warmStarts.map(seconds).join(', ')})`);
      console.log(
        `(${MEASURED_REQUESTS} sequential requests after ${WARMUP_REQUESTS} warm-up, ${matching} of ${records} companies match, page of 60: ${LIST_QUERY})`,
      );
    } finally {
      await stop(started.child);
    }
    await benchLargeWorkspace(cacheDir);
    await benchSmokePace();
    await benchWorkspace2026();
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * The self-test's large-workspace stage (reference --datamodel, 30 objects): the
 * reference's first start on this cache (initdb + DDL + generated seed), then smoke
 * and install runs of the suite against it, as the self-test does them.
 */
async function benchLargeWorkspace(cacheDir: string): Promise<void> {
  process.env.TWENTY_CONFORMANCE_CACHE_DIR = cacheDir;
  const reportDir = mkdtempSync(join(tmpdir(), 'twenty-conformance-bench-large-'));
  try {
    const result = await runLargeWorkspace(reportDir, 20261127);
    console.log('');
    console.log(`large workspace (${result.objects} objects, --datamodel): reference up in ${seconds(result.startSeconds * 1000)} (first start, empty cache)`);
    for (const run of result.runs) console.log(describeLargeRun(run).replace(/, see .*$/, ''));
    console.log(`large workspace stage in total: ${seconds(result.totalSeconds * 1000)}`);
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/**
 * Smoke as a nightly user runs it: a separately started reference behind a
 * recording proxy, the default pace (40 requests per minute, run-wide). Prints
 * its wall time, the requests the proxy received and the busiest 60 s window.
 */
async function benchSmokePace(): Promise<void> {
  const reportDir = mkdtempSync(join(tmpdir(), 'twenty-conformance-bench-pace-'));
  try {
    const result = await pacingStage(root, reportDir, 20261127, 'smoke');
    console.log('');
    for (const run of result.runs) console.log(`${run.line.replace(/ — log: .*$/, '')} (wall ${seconds(run.wallMs)})`);
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
