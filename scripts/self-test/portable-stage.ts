// Self-test stage: the faithful reference as a real deployment gets tested. The
// reference is started as its own process (`twenty-conformance reference`) and
// the suite reaches it only by TWENTY_BASE_URL and TWENTY_API_KEY, so the
// reference-only precise mode (state.target.embeddedReference) is off and no
// expired key is handed over: `gate` must still pass, with AUTH-009 "not run".
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReferenceProcess } from '../support/reference-process.ts';

export interface PortableResult {
  ok: boolean;
  /** One line: what passed or what went wrong. */
  line: string;
  seconds: number;
}

interface Summary {
  target: { embeddedReference: boolean };
  checks: { id: string; verdict: string; reasons: string[] }[];
}

/** Pure: what the summary of the portable gate run must show. */
export function portableProblems(exitCode: number, summary: Summary | undefined): string[] {
  if (!summary) return [`no summary.json (exit ${exitCode})`];
  const problems: string[] = [];
  if (exitCode !== 0) problems.push(`exit ${exitCode}, expected 0`);
  if (summary.target.embeddedReference) problems.push('the run used the embedded reference, not the separately started one');
  const bad = summary.checks.filter((check) => !['pass', 'warn', 'not-run'].includes(check.verdict));
  for (const check of bad) problems.push(`${check.id} ${check.verdict}: ${check.reasons[0] ?? ''}`);
  const auth009 = summary.checks.find((check) => check.id === 'AUTH-009');
  if (auth009 && auth009.verdict !== 'not-run') problems.push(`AUTH-009 is ${auth009.verdict}, expected not-run without TWENTY_EXPIRED_API_KEY`);
  return problems;
}

export async function portableGateStage(root: string, reportDir: string, seed: number, runs: number): Promise<PortableResult> {
  const started = Date.now();
  mkdirSync(reportDir, { recursive: true });
  const log = join(reportDir, 'run.log');
  const reference = await startReferenceProcess({ cwd: root, stderrLog: join(reportDir, 'reference.log') });
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', TWENTY_BASE_URL: reference.baseUrl, TWENTY_API_KEY: reference.apiKey };
    delete env.TWENTY_EXPIRED_API_KEY;
    const code = await new Promise<number>((resolve, reject) => {
      const args = [join(root, 'bin', 'twenty-conformance.js'), '--profile', 'gate', '--seed', String(seed), '--runs', String(runs), '--report-dir', reportDir, '--workers', '1'];
      const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const file = createWriteStream(log);
      child.stdout.pipe(file);
      child.stderr.pipe(file);
      child.on('error', reject);
      child.on('close', (exit) => resolve(exit ?? 1));
    });
    const summaryPath = join(reportDir, 'summary.json');
    const summary = existsSync(summaryPath) ? (JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary) : undefined;
    const problems = portableProblems(code, summary);
    const seconds = (Date.now() - started) / 1000;
    return problems.length === 0
      ? { ok: true, line: `portable gate against a separately started reference: exit 0, AUTH-009 not run (${seconds.toFixed(0)} s)`, seconds }
      : { ok: false, line: `portable gate FAILED: ${problems.slice(0, 5).join('; ')} — log: ${log}`, seconds };
  } finally {
    await reference.stop();
  }
}
