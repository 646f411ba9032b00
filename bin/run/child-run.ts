// Runs a child process to its end with its output on ours, passing on Ctrl-C and
// SIGTERM so the child (Playwright, or the CLI under the Action) decides how it
// stops and cleans up. A child ended by a signal counts as exit 130, as a shell
// reports it.
import { spawn } from 'node:child_process';

export interface ChildRun {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The exit code when the child ends with neither a code nor a signal. */
  exitWithoutCode: number;
}

export function runChild(command: string, args: readonly string[], run: ChildRun): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: run.cwd, env: run.env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(signal ? 130 : (code ?? run.exitWithoutCode));
    });
  });
}
