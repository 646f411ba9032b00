// Self-test stage: the writing profiles against the reference's 2026-shaped
// workspace with its realism on (unique indexes, refusing objects, morph
// relations, API-key roles, the rate limit), as a deployment (standalone
// reference processes the runs reach by URL):
//   1. install under the default limit scaled in time (100 requests per 6 s): exit 0;
//   2. gate without a rate limit: exit 0;
//   after each, the record count of every object (soft-deleted included) equals the count before;
//   3. a read-only key: exit 2 with one line, nothing written;
//   4. a key denied on one object (opportunities): that object skipped by name, exit 0;
//   5. a killed gate run followed by `cleanup --run`: no record holds a unique value of the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startReferenceProcess, type ReferenceProcess } from '../support/reference-process.ts';
import { fileURLToPath } from 'node:url';
import type { StageOutcome } from './small-workspaces.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'twenty-conformance.js');
/** Twenty's default API-key limit (100 per 60 s) scaled in time, and the suite's pace under it. */
const SCALED_LIMIT = '100/6s';
const SCALED_PACE = '15/s';
const EVERYTHING = 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)';
/** Where the 2026 workspace keeps unique values, and how a run's value starts there. */
const UNIQUE_PATHS = [
  { plural: 'people', path: 'emails.primaryEmail', prefix: 'tcfix-' },
  { plural: 'companies', path: 'domainName.primaryLinkUrl', prefix: 'https://tcfix-' },
  { plural: 'projects', path: 'code', prefix: 'tcfix-' },
];

type Deployment = ReferenceProcess;

const started: ChildProcess[] = [];

async function startDeployment(extra: string[]): Promise<Deployment> {
  // Its own process group, so stopAll takes down whatever it started too.
  const deployment = await startReferenceProcess({ cwd: root, args: ['--workspace', '2026', '--print-keys', ...extra], detached: true });
  started.push(deployment.child);
  return deployment;
}

function stopAll(): void {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET with the main key, paced under the scaled limit (and waiting out a 429). */
async function get(deployment: Deployment, path: string): Promise<{ status: number; json: unknown }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await sleep(70);
    const response = await fetch(`${deployment.baseUrl}/rest${path}`, { headers: { authorization: `Bearer ${deployment.apiKey}` } });
    if (response.status === 429) {
      await sleep(6000);
      continue;
    }
    return { status: response.status, json: await response.json().catch(() => undefined) };
  }
  return { status: 429, json: undefined };
}

/** Every object's record count, soft-deleted included; objects whose list is refused are left out. */
async function counts(deployment: Deployment): Promise<Record<string, number>> {
  const metadata = await get(deployment, '/metadata/objects?limit=1000');
  const plurals = ((metadata.json as { data?: { namePlural: string }[] })?.data ?? []).map((object) => object.namePlural);
  const out: Record<string, number> = {};
  for (const plural of plurals) {
    const answer = await get(deployment, `/${plural}?limit=1&filter=${encodeURIComponent(EVERYTHING)}`);
    const total = (answer.json as { totalCount?: unknown } | undefined)?.totalCount;
    if (answer.status === 200 && typeof total === 'number') out[plural] = total;
  }
  return out;
}

function differences(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(before)
    .filter((plural) => before[plural] !== after[plural])
    .map((plural) => `${plural} ${before[plural]} → ${after[plural]}`);
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function suite(deployment: Deployment, key: string, args: string[], reportDir: string): { child: ChildProcess; done: Promise<Finished> } {
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const child = spawn(process.execPath, [cli, '--seed', '7', '--workers', '1', '--report-dir', reportDir, ...args], {
    cwd: root,
    detached: true,
    env: { ...process.env, FORCE_COLOR: '0', TWENTY_BASE_URL: deployment.baseUrl, TWENTY_API_KEY: key },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return { child, done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))) };
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const tail = (text: string) => text.trim().split('\n').slice(-3).join(' | ').slice(0, 300);

interface RecordEvent {
  seq: number;
  object: string;
  operation: string;
  webhooks: string[];
  workflowTriggers: string[];
}

/** The reference's record of the events committed writes emitted (outside /rest, not rate-limited). */
async function events(deployment: Deployment): Promise<RecordEvent[]> {
  const response = await fetch(`${deployment.baseUrl}/_reference/events`, { headers: { authorization: `Bearer ${deployment.apiKey}` } });
  if (response.status !== 200) throw new Error(`GET /_reference/events answered ${response.status}`);
  return ((await response.json()) as { events: RecordEvent[] }).events;
}

/** Singular → plural, from the metadata the run's deployment serves. */
async function pluralOf(deployment: Deployment): Promise<Map<string, string>> {
  const metadata = await get(deployment, '/metadata/objects?limit=1000');
  return new Map(((metadata.json as { data?: { nameSingular: string; namePlural: string }[] })?.data ?? []).map((object) => [object.nameSingular, object.namePlural]));
}

/** Objects the run's header says it skipped (`writes: skipped <plural>: <reason>`). */
const skippedIn = (stdout: string) => new Set(stdout.split('\n').flatMap((line) => /^writes: skipped (\w+):/.exec(line)?.[1] ?? []));

/** A writing run that must pass, write no skipped object, and leave every count as it found it. */
async function passingRun(deployment: Deployment, name: string, args: string[], reportDir: string): Promise<StageOutcome> {
  const since = Date.now();
  const before = await counts(deployment);
  const seen = (await events(deployment)).length;
  const run = await suite(deployment, deployment.apiKey, args, reportDir).done;
  const changed = differences(before, await counts(deployment));
  const plurals = await pluralOf(deployment);
  const emitted = (await events(deployment)).slice(seen);
  const skipped = skippedIn(run.stdout);
  const denied = [...new Set(emitted.map((event) => plurals.get(event.object) ?? event.object).filter((plural) => skipped.has(plural)))];
  const fired = emitted.filter((event) => event.webhooks.length + event.workflowTriggers.length > 0).length;
  const ok = run.code === 0 && changed.length === 0 && Object.keys(before).length > 0 && denied.length === 0 && skipped.size > 0;
  return {
    name,
    ok,
    detail:
      `exit ${run.code}, ${seconds(since)}, ${Object.keys(before).length} objects counted${changed.length ? `, counts changed: ${changed.join(', ')}` : ', counts unchanged'}` +
      `, ${emitted.length} events, ${denied.length ? `WRITES TO SKIPPED OBJECTS: ${denied.join(', ')}` : `none on the ${skipped.size} skipped objects`} (${fired} would fire a webhook or trigger)` +
      `${ok ? '' : ` — ${tail(run.stderr || run.stdout)} (log: ${reportDir})`}`,
  };
}

async function readOnlyRun(deployment: Deployment, reportDir: string): Promise<StageOutcome> {
  const name = 'install with a read-only key: exit 2, one line, nothing written';
  const key = deployment.keys['readOnly'];
  if (!key) return { name, ok: false, detail: 'the reference printed no readOnly key' };
  const before = await counts(deployment);
  const seen = (await events(deployment)).length;
  const run = await suite(deployment, key, ['--profile', 'install', '--rate', SCALED_PACE], reportDir).done;
  const lines = run.stderr.trim().split('\n').filter(Boolean);
  const changed = differences(before, await counts(deployment));
  const emitted = (await events(deployment)).length - seen;
  const ok = run.code === 2 && lines.length === 1 && /^twenty-conformance: no object can be written with this API key/.test(lines[0] ?? '') && changed.length === 0 && emitted === 0;
  return {
    name,
    ok,
    detail: `exit ${run.code}, stderr ${JSON.stringify(lines[0]?.slice(0, 160))}${lines.length > 1 ? ` (+${lines.length - 1} lines)` : ''}, ${emitted} events${changed.length ? `, counts changed: ${changed.join(', ')}` : ''}`,
  };
}

async function deniedObjectRun(deployment: Deployment, reportDir: string): Promise<StageOutcome> {
  const name = 'install with a key denied on opportunities: skipped by name, exit 0';
  const key = deployment.keys['objectDenied'];
  if (!key) return { name, ok: false, detail: 'the reference printed no objectDenied key' };
  // Named, and side effects allowed (a workflow trigger listens to opportunity.created), so neither
  // install's cap on its objects nor the side-effect guard leaves it out before the probe meets the refusal.
  const run = await suite(deployment, key, ['--profile', 'install', '--rate', SCALED_PACE, '--write-objects', 'opportunities', '--allow-side-effects'], reportDir).done;
  const skipped = run.stdout.split('\n').find((line) => line.startsWith('writes: skipped opportunities:'));
  const ok = run.code === 0 && skipped !== undefined && /may not write/.test(skipped);
  return { name, ok, detail: `exit ${run.code}, ${skipped ? JSON.stringify(skipped.slice(0, 140)) : 'no "writes: skipped opportunities" line'}${ok ? '' : ` — ${tail(run.stderr || run.stdout)}`}` };
}

async function fixturesCreated(reportDir: string, timeoutMs: number): Promise<string> {
  const path = join(reportDir, '.run', 'fixtures.json');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      const file = JSON.parse(readFileSync(path, 'utf8')) as { runId: string; objects?: unknown[] };
      if (file.objects) return file.runId;
    }
    await sleep(100);
  }
  throw new Error(`no fixtures in ${path} after ${timeoutMs} ms`);
}

/** Records (live or soft-deleted) whose unique column holds a value of a suite run. */
async function uniqueHolders(deployment: Deployment): Promise<string[]> {
  const found: string[] = [];
  for (const { plural, path, prefix } of UNIQUE_PATHS) {
    for (const filter of [`${path}[startsWith]:${prefix}`, `and(${path}[startsWith]:${prefix},deletedAt[is]:NOT_NULL)`]) {
      const answer = await get(deployment, `/${plural}?limit=1&filter=${encodeURIComponent(filter)}`);
      const total = (answer.json as { totalCount?: unknown } | undefined)?.totalCount;
      if (answer.status !== 200 || typeof total !== 'number') found.push(`${plural}: HTTP ${answer.status}`);
      else if (total > 0) found.push(`${plural}.${path}: ${total}`);
    }
  }
  return found;
}

async function killedRun(deployment: Deployment, reportDir: string): Promise<StageOutcome> {
  const name = 'a killed gate run, then cleanup --run: no record holds a unique value';
  const run = suite(deployment, deployment.apiKey, ['--profile', 'gate'], reportDir);
  let runId: string;
  try {
    runId = await fixturesCreated(reportDir, 180_000);
  } finally {
    if (run.child.pid !== undefined) process.kill(-run.child.pid, 'SIGKILL');
  }
  await run.done;
  const held = await uniqueHolders(deployment);
  const cleanup = await new Promise<Finished>((resolve) => {
    const child = spawn(process.execPath, [cli, 'cleanup', '--run', runId], { cwd: root, env: { ...process.env, TWENTY_BASE_URL: deployment.baseUrl, TWENTY_API_KEY: deployment.apiKey } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const left = await uniqueHolders(deployment);
  const ok = held.length > 0 && cleanup.code === 0 && left.length === 0;
  return { name, ok, detail: `before cleanup ${held.join(', ') || 'none (the kill came too early?)'}; cleanup exit ${cleanup.code}; after: ${left.join(', ') || 'none'}` };
}

export async function realWorkspaceStage(dir: string): Promise<StageOutcome[]> {
  const outcomes: StageOutcome[] = [];
  try {
    const limited = await startDeployment(['--rate-limit', SCALED_LIMIT]);
    outcomes.push(await passingRun(limited, `install on the 2026 workspace under ${SCALED_LIMIT}: exit 0, counts unchanged`, ['--profile', 'install', '--rate', SCALED_PACE], join(dir, 'install')));
    outcomes.push(await readOnlyRun(limited, join(dir, 'read-only')));
    outcomes.push(await deniedObjectRun(limited, join(dir, 'object-denied')));
    const open = await startDeployment([]);
    // Property runs as in the fault runs (one worker, as every suite run of the stage): the full gate on 30 objects is the benchmark's.
    // A release gate writes where webhooks listen too (the reference's hooks only fill its event record): people and
    // companies carry the links, e-mails and duplicate criteria that WRITE-011 and WRITE-017…019 judge.
    outcomes.push(await passingRun(open, 'gate on the 2026 workspace (--allow-side-effects): exit 0, counts unchanged', ['--profile', 'gate', '--runs', '5', '--allow-side-effects'], join(dir, 'gate')));
    outcomes.push(await killedRun(open, join(dir, 'killed')));
  } finally {
    stopAll();
  }
  return outcomes;
}
