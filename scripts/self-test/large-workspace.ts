// Self-test stage: the suite against a reference built from the large test workspace
// (`reference --datamodel reference/datamodel/large-workspace.core.json`, 30 objects,
// every kind). The reference is started in-process and the suite reaches it as a
// deployment (portable mode, --base-url), twice:
//   - smoke, which must pass within its 90-request allowance whatever the object count;
//   - install with its own defaults, which must pass within its 450 requests.
// Pacing is lifted (--rate) so the stage measures the suite, not the politeness delay.
// Also used by `npm run bench` for its timing.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatamodelFile } from '../../reference/datamodel/load-datamodel.ts';
import { LARGE_WORKSPACE_DOCUMENT_PATH } from '../../reference/datamodel/large-workspace-document.ts';
import { startReference } from '../../reference/start.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const LARGE_WORKSPACE_RUNS = [
  { profile: 'smoke', extra: [] as string[], maxRequests: 90, noneInconclusive: false },
  { profile: 'install', extra: [] as string[], maxRequests: 450, noneInconclusive: true },
] as const;

export interface LargeRunResult {
  profile: string;
  exitCode: number;
  requests: number | null;
  maxRequests: number;
  inconclusive: number | null;
  seconds: number;
  log: string;
  ok: boolean;
}

export interface LargeWorkspaceResult {
  objects: number;
  startSeconds: number;
  runs: LargeRunResult[];
  totalSeconds: number;
}

function runSuite(args: string[], env: NodeJS.ProcessEnv, log: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'twenty-conformance.js'), ...args], {
      cwd: root,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(log);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', reject);
    child.on('close', (code) => {
      out.end();
      resolve(code ?? 1);
    });
  });
}

function requestsOf(reportDir: string): number | null {
  const path = join(reportDir, 'summary.json');
  if (!existsSync(path)) return null;
  const value = (JSON.parse(readFileSync(path, 'utf8')) as { requests?: unknown }).requests;
  return typeof value === 'number' ? value : null;
}

/** Inconclusive checks of a run (null without a summary): install has fixtures, so none may lack data. */
function inconclusiveOf(reportDir: string): number | null {
  const path = join(reportDir, 'summary.json');
  if (!existsSync(path)) return null;
  const value = (JSON.parse(readFileSync(path, 'utf8')) as { totals?: { inconclusive?: unknown } }).totals?.inconclusive;
  return typeof value === 'number' ? value : null;
}

export async function runLargeWorkspace(reportRoot: string, seed: number): Promise<LargeWorkspaceResult> {
  const began = performance.now();
  const { model } = loadDatamodelFile(LARGE_WORKSPACE_DOCUMENT_PATH);
  const reference = await startReference({ port: 0, datamodel: model });
  const startSeconds = (performance.now() - began) / 1000;
  const runs: LargeRunResult[] = [];
  try {
    for (const { profile, extra, maxRequests, noneInconclusive } of LARGE_WORKSPACE_RUNS) {
      const reportDir = join(reportRoot, `large-workspace-${profile}`);
      mkdirSync(reportDir, { recursive: true });
      const log = join(reportDir, 'run.log');
      const runBegan = performance.now();
      const exitCode = await runSuite(
        ['--base-url', reference.baseUrl, '--profile', profile, '--seed', String(seed), '--report-dir', reportDir, '--rate', '1000/s', ...extra],
        { TWENTY_API_KEY: reference.apiKey, TWENTY_EXPIRED_API_KEY: reference.expiredApiKey, TWENTY_BASE_URL: '' },
        log,
      );
      const requests = requestsOf(reportDir);
      const inconclusive = inconclusiveOf(reportDir);
      runs.push({
        profile,
        exitCode,
        requests,
        maxRequests,
        inconclusive,
        seconds: (performance.now() - runBegan) / 1000,
        log,
        ok: exitCode === 0 && requests !== null && requests <= maxRequests && (!noneInconclusive || inconclusive === 0),
      });
    }
  } finally {
    await reference.stop();
  }
  return { objects: model.objects.length, startSeconds, runs, totalSeconds: (performance.now() - began) / 1000 };
}

export function describeLargeRun(run: LargeRunResult): string {
  const verdict = run.ok ? 'ok' : `FAILED, see ${run.log}`;
  return `  ${run.profile.padEnd(8)} exit ${run.exitCode}  ${run.requests ?? '?'} requests (allowance ${run.maxRequests})  ${run.inconclusive ?? '?'} inconclusive  ${run.seconds.toFixed(1)} s  ${verdict}`;
}
