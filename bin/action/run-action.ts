// The GitHub Action's logic (action.yml installs the package, then runs this):
// the inputs become the run's command line, the installed CLI runs with the
// step's environment (the API key only ever in TWENTY_API_KEY, from a secret),
// then summary.md (else summary.txt) is appended to $GITHUB_STEP_SUMMARY, the
// outputs (exit code, verdict, counts from summary.json) go to $GITHUB_OUTPUT,
// and the step exits as the run did. Without the GITHUB_* files (a local run)
// the summary and outputs are just not written.
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redact } from '../../generators/client/redact.ts';
import { envApiKey } from '../../generators/config/api-key.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { runChild } from '../run/child-run.ts';
import { PACKAGE_ROOT } from '../run/package-layout.ts';
import { actionOutputs, formatOutputs, jobSummary, readInputs, runArgv, type RunSummary } from './action-steps.ts';

type Env = Record<string, string | undefined>;

const SUMMARY_FILES = ['summary.json', 'summary.md', 'summary.txt'];

/** The installed CLI, as `npx twenty-conformance` would start it. */
function runCli(argv: string[], env: Env, cwd: string): Promise<number> {
  return runChild(process.execPath, [join(PACKAGE_ROOT, 'bin', 'twenty-conformance.js'), ...argv], { cwd, env, exitWithoutCode: 2 });
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function readSummary(reportDir: string): RunSummary | undefined {
  const text = readIfPresent(join(reportDir, 'summary.json'));
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as RunSummary;
  } catch {
    return undefined;
  }
}

/** Runs the action's step; returns the exit code the step must end with. */
export async function runAction(env: Env, cwd: string): Promise<number> {
  const inputs = readInputs(env);
  // Whatever the files and messages hold, the key never reaches the job page.
  const secrets = [envApiKey(env) ?? ''].filter((secret) => secret !== '');
  const reportDir = resolve(cwd, inputs.reportDir);
  let exitCode: number;
  let ran = false;
  try {
    const argv = runArgv(inputs);
    // A run stopped by a usage error writes no summary: never report an older one's.
    for (const name of SUMMARY_FILES) rmSync(join(reportDir, name), { force: true });
    exitCode = await runCli(argv, env, cwd);
    ran = true;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // Bad input: one line, exit 2, and the outputs and summary still say so.
    process.stderr.write(`twenty-conformance action: ${redact(error.message, secrets)}\n`);
    exitCode = 2;
  }
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const files = ran ? { markdown: readIfPresent(join(reportDir, 'summary.md')), text: readIfPresent(join(reportDir, 'summary.txt')) } : {};
    appendFileSync(summaryFile, redact(jobSummary(files, exitCode), secrets));
  }
  const outputFile = env.GITHUB_OUTPUT;
  if (outputFile) appendFileSync(outputFile, redact(formatOutputs(actionOutputs(exitCode, reportDir, ran ? readSummary(reportDir) : undefined)), secrets));
  return exitCode;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await runAction(process.env, process.cwd());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const token = envApiKey(process.env);
    process.stderr.write(`twenty-conformance action: internal error: ${redact(message.split('\n')[0] ?? '', token ? [token] : [])}\n`);
    process.exitCode = 2;
  }
}
