// Self-test stage (issue 15): the pace a run promises holds on the wire. A
// reference is started as its own process, a recording proxy stands in front of
// it, and the suite reaches the proxy only by TWENTY_BASE_URL/TWENTY_API_KEY as
// a real deployment gets it:
//   - smoke at its default pace: exit 0, no 60 s window with more than 40 requests;
//   - install with an explicit --rate 10/s: exit 0, no 1 s window with more than 10;
//   - smoke unpaced against a reference with --rate-limit 10/10s: it learns the
//     limit from the 429s, slows down, and ends with nothing inconclusive.
// Every request of the run counts: document fetch, health probes, fixture setup
// and cleanup, checks, in every process. The stage is mostly waiting, so the
// self-test runs it alongside its other stages.
// Alone: node --import tsx scripts/self-test/pacing-stage.ts [REPORT_DIR]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReferenceProcess } from '../support/reference-process.ts';
import { startRecordingProxy } from './recording-proxy.ts';
import { judgeLearnedRun, judgePace, type PaceVerdict } from './request-windows.ts';

export interface PacedRun extends PaceVerdict {
  requests: number;
  wallMs: number;
}

export interface PacingResult {
  runs: PacedRun[];
  seconds: number;
}

const SMOKE = { count: 40, perMs: 60_000 };
const INSTALL = { count: 10, perMs: 1000 };

function runSuite(root: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'twenty-conformance.js'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const file = createWriteStream(log);
    child.stdout.pipe(file);
    child.stderr.pipe(file);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** One suite run through a fresh recording proxy, judged against `limit`. */
async function pacedRun(root: string, name: string, referenceUrl: string, apiKey: string, reportDir: string, args: string[], limit: { count: number; perMs: number }): Promise<PacedRun> {
  const dir = reportDir;
  mkdirSync(dir, { recursive: true });
  const proxy = await startRecordingProxy(referenceUrl);
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', TWENTY_BASE_URL: proxy.baseUrl, TWENTY_API_KEY: apiKey };
    delete env.TWENTY_EXPIRED_API_KEY;
    const started = Date.now();
    const code = await runSuite(root, [...args, '--report-dir', dir], env, join(dir, 'run.log'));
    const wallMs = Date.now() - started;
    const times = proxy.seen.map((entry) => entry.at);
    // What the proxy saw, for whoever has to find the busiest window by hand.
    writeFileSync(join(dir, 'requests-on-the-wire.json'), JSON.stringify(proxy.seen.map((entry) => ({ ...entry, at: entry.at - started }))));
    const verdict = judgePace(name, code, times, limit, wallMs);
    return { ...verdict, line: verdict.ok ? verdict.line : `${verdict.line} — log: ${join(dir, 'run.log')}`, requests: times.length, wallMs };
  } finally {
    await proxy.close();
  }
}

/** Smoke, unpaced (--rate 1000/s), against a reference limiting it to 10 requests per 10 s: it must learn and finish. */
async function learnedRun(root: string, reportDir: string, seed: number): Promise<PacedRun> {
  mkdirSync(reportDir, { recursive: true });
  const reference = await startReferenceProcess({ cwd: root, args: ['--rate-limit', '10/10s'], stderrLog: join(reportDir, 'reference.log') });
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', TWENTY_BASE_URL: reference.baseUrl, TWENTY_API_KEY: reference.apiKey };
    delete env.TWENTY_EXPIRED_API_KEY;
    const started = Date.now();
    const log = join(reportDir, 'run.log');
    const code = await runSuite(root, ['--profile', 'smoke', '--rate', '1000/s', '--seed', String(seed), '--report-dir', reportDir], env, log);
    const wallMs = Date.now() - started;
    const summaryPath = join(reportDir, 'summary.json');
    const summary = existsSync(summaryPath) ? (JSON.parse(readFileSync(summaryPath, 'utf8')) as { totals?: Record<string, number>; requests?: number }) : undefined;
    const verdict = judgeLearnedRun('smoke under --rate-limit 10/10s', code, readFileSync(log, 'utf8'), summary?.totals);
    return { ...verdict, line: verdict.ok ? `${verdict.line} (${(wallMs / 1000).toFixed(0)} s)` : `${verdict.line} — log: ${log}`, requests: summary?.requests ?? 0, wallMs };
  } finally {
    await reference.stop();
  }
}

export async function pacingStage(root: string, reportDir: string, seed: number, only: 'smoke' | 'install' | 'all' = 'all'): Promise<PacingResult> {
  const started = Date.now();
  mkdirSync(reportDir, { recursive: true });
  // The rate-limited run has its own reference; it waits mostly, so it runs beside the others.
  const learning = only === 'all' ? learnedRun(root, join(reportDir, 'rate-limited'), seed) : undefined;
  const reference = await startReferenceProcess({ cwd: root, stderrLog: join(reportDir, 'reference.log') });
  try {
    const runs: PacedRun[] = [];
    if (only !== 'install') runs.push(await pacedRun(root, 'smoke at its default pace', reference.baseUrl, reference.apiKey, join(reportDir, 'smoke'), ['--profile', 'smoke', '--seed', String(seed)], SMOKE));
    if (only !== 'smoke') {
      runs.push(
        await pacedRun(root, 'install --rate 10/s', reference.baseUrl, reference.apiKey, join(reportDir, 'install'), ['--profile', 'install', '--rate', '10/s', '--runs', '3', '--workers', '2', '--seed', String(seed)], INSTALL),
      );
    }
    if (learning) runs.push(await learning);
    return { runs, seconds: (Date.now() - started) / 1000 };
  } finally {
    await reference.stop();
  }
}

/** The stage as the self-test tallies it: one item per run, its lines printed when it is awaited. */
export async function pacingItems(root: string, reportDir: string, seed: number): Promise<boolean[]> {
  try {
    const result = await pacingStage(root, reportDir, seed);
    console.log(`\n== pacing on the wire (ran alongside the stages above, ${result.seconds.toFixed(0)} s)`);
    for (const run of result.runs) console.log(`  ${run.line}`);
    return result.runs.map((run) => run.ok);
  } catch (error) {
    console.log(`\n== pacing on the wire: FAILED to run: ${error instanceof Error ? error.message : String(error)}`);
    return [false];
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const items = await pacingItems(root, process.argv[2] ?? join(root, 'reports', 'self-test', 'pacing'), 20261127);
  process.exit(items.every(Boolean) ? 0 : 1);
}
