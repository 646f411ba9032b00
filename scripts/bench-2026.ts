// `npm run bench`, the real-workspace part (issue 12's performance targets): the
// suite against the reference's 2026-shaped workspace as a deployment,
//   - install at Twenty's default API-key limit, 100 requests per 60 s, enforced
//     by the reference (target: ≤ 5 minutes wall, ≤ 450 requests);
//   - gate without a rate limit (target: ≤ 90 s on this 2-core machine).
// Requests are the run's own count: the runner's (health probes, write stage),
// read from its run state, plus the checks' from summary.json.
// Both runs use the profile's defaults (no --workers: 2 Playwright workers for
// gate and install), so the numbers are what a user's run takes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startReferenceProcess } from './support/reference-process.ts';
import { PROFILE_DEFAULTS } from '../generators/config/run-config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'twenty-conformance.js');

interface Measured {
  label: string;
  exitCode: number | null;
  /** Kept when the run did not exit 0, so a failed measurement can be read. */
  keptReport?: string;
  seconds: number;
  requests: number | null;
  projected: string | undefined;
}


/** Every request of the run: the checks' (summary.json) and the runner's before them (the budget it took from the checks). */
function requestsOf(reportDir: string): number | null {
  const summaryPath = join(reportDir, 'summary.json');
  const statePath = join(reportDir, '.run', 'state.json');
  if (!existsSync(summaryPath)) return null;
  const checks = (JSON.parse(readFileSync(summaryPath, 'utf8')) as { requests?: number }).requests ?? 0;
  const state = existsSync(statePath)
    ? (JSON.parse(readFileSync(statePath, 'utf8')) as { writePlan?: { requests?: number } | null; config?: { profile?: string; maxRequests?: number | null } })
    : undefined;
  // Install: the runner's requests are what it took from its budget before the checks (health probes and write stage).
  const runner = state?.config?.profile === 'install' && typeof state.config.maxRequests === 'number' ? PROFILE_DEFAULTS.install.maxRequests! - state.config.maxRequests : (state?.writePlan?.requests ?? 0);
  return checks + runner;
}

async function measure(label: string, referenceArgs: string[], suiteArgs: string[]): Promise<Measured> {
  const reference = await startReferenceProcess({ cwd: root, args: ['--workspace', '2026', ...referenceArgs] });
  const reportDir = mkdtempSync(join(tmpdir(), 'twenty-conformance-bench-2026-'));
  let kept: string | undefined;
  try {
    const began = performance.now();
    let projected: string | undefined;
    const exitCode = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [cli, '--seed', '20261206', '--report-dir', reportDir, ...suiteArgs], {
        cwd: root,
        env: { ...process.env, FORCE_COLOR: '0', TWENTY_BASE_URL: reference.baseUrl, TWENTY_API_KEY: reference.apiKey },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith('budget: ')) projected = line.replace(/^budget: /, '');
      });
      child.on('close', (code) => resolve(code));
    });
    if (exitCode !== 0) kept = reportDir;
    return { label, exitCode, ...(kept ? { keptReport: kept } : {}), seconds: (performance.now() - began) / 1000, requests: requestsOf(reportDir), projected };
  } finally {
    if (!kept) rmSync(reportDir, { recursive: true, force: true });
    await reference.stop();
  }
}

const measureInstall = () => measure('install, 2026 workspace, 100 requests per 60 s', ['--rate-limit', '100/60s'], ['--profile', 'install']);
const measureGate = () => measure('gate, 2026 workspace, no rate limit', [], ['--profile', 'gate']);

function printInstall(install: Measured): void {
  console.log(`  ${install.label}: exit ${install.exitCode}, ${install.seconds.toFixed(0)} s (target ≤ 300 s), ${install.requests ?? '?'} requests (target ≤ 450)`);
  if (install.projected) console.log(`    the run's header: ${install.projected}`);
  if (install.keptReport) console.log(`    its report: ${install.keptReport}/summary.txt`);
}

function printGate(gate: Measured): void {
  console.log(`  ${gate.label}: exit ${gate.exitCode}, ${gate.seconds.toFixed(0)} s (target ≤ 90 s), ${gate.requests ?? '?'} requests`);
  if (gate.keptReport) console.log(`    its report: ${gate.keptReport}/summary.txt`);
}

export async function benchWorkspace2026(): Promise<void> {
  const install = await measureInstall();
  const gate = await measureGate();
  console.log('');
  console.log('real workspace (reference --workspace 2026)');
  printInstall(install);
  printGate(gate);
}

/** The gate part alone (about a minute and a half, where the whole part takes seven). */
export async function benchGate2026(): Promise<void> {
  printGate(await measureGate());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchWorkspace2026().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
