// Self-test stage: nothing a run wrote survives it, however it ended. Against a
// standalone reference (a deployment that outlives the run), a gate run is
//   1. killed with SIGKILL once its fixtures exist (no teardown, no runner
//      cleanup), then `twenty-conformance cleanup --run <id>` removes them;
//   2. stopped with SIGTERM mid-way: the runner itself removes them;
//   3. refused (the document marks a field the server does not have): exit 2
//      with one line, after removing the fixtures already created.
// Either way the record count of every object (soft-deleted included) must equal
// the count before the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReferenceProcess, type ReferenceProcess } from '../support/reference-process.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'twenty-conformance.js');
const OBJECTS = ['companies', 'people', 'opportunities', 'workspaceMembers'];
const EVERYTHING = 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)';

type Deployment = ReferenceProcess;

const startDeployment = (): Promise<Deployment> => startReferenceProcess({ cwd: root });

async function counts(deployment: Deployment): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const plural of OBJECTS) {
    const url = `${deployment.baseUrl}/rest/${plural}?limit=1&filter=${encodeURIComponent(EVERYTHING)}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${deployment.apiKey}` } });
    out[plural] = ((await response.json()) as { totalCount: number }).totalCount;
  }
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every gate run this stage started: whatever happens, none outlives it. */
const gateRuns: ChildProcess[] = [];

function stopGateRuns(): void {
  for (const run of gateRuns) {
    if (run.exitCode === null && run.signalCode === null && run.pid !== undefined) {
      try {
        process.kill(-run.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

function startGate(deployment: Deployment, reportDir: string): ChildProcess {
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  // Its own process group, so the whole run (runner and Playwright) can be signalled at once.
  const run = spawn(process.execPath, [cli, '--profile', 'gate', '--seed', '7', '--workers', '1', '--report-dir', reportDir], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, TWENTY_BASE_URL: deployment.baseUrl, TWENTY_API_KEY: deployment.apiKey },
  });
  gateRuns.push(run);
  return run;
}

/** Waits until the setup project has created and read back every fixture. */
async function fixturesCreated(reportDir: string, timeoutMs: number): Promise<{ runId: string }> {
  const path = join(reportDir, '.run', 'fixtures.json');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      const file = JSON.parse(readFileSync(path, 'utf8')) as { runId: string; objects?: unknown[] };
      if (file.objects) return { runId: file.runId };
    }
    await sleep(100);
  }
  throw new Error(`no fixtures in ${path} after ${timeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

function runCleanup(deployment: Deployment, runId: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'cleanup', '--run', runId], {
      cwd: root,
      env: { ...process.env, TWENTY_BASE_URL: deployment.baseUrl, TWENTY_API_KEY: deployment.apiKey },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output: output.trim() }));
  });
}

/** A gate run whose document claims a writable field the people endpoint does not know. */
async function refusedRun(deployment: Deployment, reportDir: string): Promise<{ code: number | null; line: string | undefined }> {
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const response = await fetch(`${deployment.baseUrl}/rest/open-api/core`, { headers: { authorization: `Bearer ${deployment.apiKey}` } });
  const document = (await response.json()) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
  for (const name of ['Person', 'PersonForResponse']) document.components.schemas[name]!.properties['legacyCode'] = { type: 'string' };
  const documentPath = join(reportDir, 'document-with-unknown-field.json');
  writeFileSync(documentPath, JSON.stringify(document));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, '--profile', 'gate', '--seed', '7', '--workers', '1', '--report-dir', reportDir, '--openapi', documentPath], {
      cwd: root,
      env: { ...process.env, TWENTY_BASE_URL: deployment.baseUrl, TWENTY_API_KEY: deployment.apiKey },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, line: stderr.split('\n').find((line) => line.startsWith('twenty-conformance: creating')) }));
  });
}

const same = (a: Record<string, number>, b: Record<string, number>) => OBJECTS.every((plural) => a[plural] === b[plural]);
const show = (c: Record<string, number>) => OBJECTS.map((plural) => `${plural} ${c[plural]}`).join(', ');

export interface StageResult {
  name: string;
  ok: boolean;
  detail: string;
}

export async function killAndCleanupStage(workDir: string): Promise<StageResult[]> {
  const deployment = await startDeployment();
  const results: StageResult[] = [];
  try {
    const before = await counts(deployment);

    // 1. SIGKILL: nobody in the run gets to clean; the cleanup command must.
    const killedDir = join(workDir, 'killed');
    const killed = startGate(deployment, killedDir);
    const { runId } = await fixturesCreated(killedDir, 60_000);
    await sleep(500);
    process.kill(-killed.pid!, 'SIGKILL');
    await exited(killed);
    const during = await counts(deployment);
    const cleanup = await runCleanup(deployment, runId);
    const after = await counts(deployment);
    const wrote = OBJECTS.some((plural) => during[plural]! > before[plural]!);
    results.push({
      name: 'kill -9 a gate run, then cleanup --run',
      ok: wrote && cleanup.code === 0 && same(before, after),
      detail: `before ${show(before)}; after the kill ${show(during)}; cleanup exit ${cleanup.code} (${cleanup.output.split('\n').pop()}); after ${show(after)}`,
    });

    // 2. SIGTERM: the runner forwards it, then removes the run's records itself.
    const termDir = join(workDir, 'terminated');
    const terminated = startGate(deployment, termDir);
    await fixturesCreated(termDir, 60_000);
    await sleep(500);
    process.kill(-terminated.pid!, 'SIGTERM');
    const code = await exited(terminated);
    const afterTerm = await counts(deployment);
    results.push({
      name: 'SIGTERM a gate run: it removes its own fixtures',
      ok: same(before, afterTerm),
      detail: `runner exit ${code}; after ${show(afterTerm)} (before ${show(before)})`,
    });

    // 3. Refused fixtures: a document that marks a field the server does not have. Exit 2, one line, nothing left.
    const refused = await refusedRun(deployment, join(workDir, 'refused'));
    const afterRefused = await counts(deployment);
    results.push({
      name: 'fixtures refused: exit 2 with one line, what was created removed',
      ok: refused.code === 2 && refused.line !== undefined && same(before, afterRefused),
      detail: `exit ${refused.code}; ${refused.line ?? 'no "twenty-conformance:" line on stderr'}; after ${show(afterRefused)}`,
    });
  } finally {
    stopGateRuns();
    await deployment.stop();
  }
  return results;
}

// Standalone: node --import tsx scripts/self-test/kill-cleanup.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const results = await killAndCleanupStage(join(root, 'reports', 'self-test', 'kill-cleanup'));
  for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}: ${result.detail}`);
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}
