// Starts the reference deployment as a separate process and waits for the one
// JSON line it prints when it listens ({baseUrl, apiKey, keys?}). Every self-test
// stage and benchmark that needs a deployment of its own starts it here, so a
// change to that line, or to how a start failure reads, is made once.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ReferenceProcess {
  baseUrl: string;
  apiKey: string;
  /** Further keys (`--print-keys`): read-only, denied on an object, … */
  keys: Record<string, string>;
  child: ChildProcess;
  /** SIGTERM, and resolves when the process has exited. */
  stop: () => Promise<void>;
}

export interface ReferenceStart {
  /** The checkout (or project) to start it from. */
  cwd: string;
  /** The reference's own flags, after `--port 0`. */
  args?: readonly string[];
  /** What starts it, up to its flags. Default: this checkout's launcher, `reference`; e.g. `['npx', 'twenty-conformance', 'reference']` for an installed package. */
  command?: readonly [string, ...string[]];
  env?: NodeJS.ProcessEnv;
  /** Its own process group, so a stage can kill it with everything it started. */
  detached?: boolean;
  /** Where its stderr goes: a log file, or this process's stderr (default). */
  stderrLog?: string;
  /** How long it may take to listen (default 120 s: a cold PGlite start under load). */
  timeoutMs?: number;
}

export function startReferenceProcess(start: ReferenceStart): Promise<ReferenceProcess> {
  const [program, ...prefix] = start.command ?? [process.execPath, join(start.cwd, 'bin', 'twenty-conformance.js'), 'reference'];
  const child = spawn(program, [...prefix, '--port', '0', ...(start.args ?? [])], {
    cwd: start.cwd,
    env: start.env ?? process.env,
    stdio: ['ignore', 'pipe', start.stderrLog ? 'pipe' : 'inherit'],
    detached: start.detached ?? false,
  });
  let stderrTail = '';
  if (start.stderrLog && child.stderr) {
    const file = createWriteStream(start.stderrLog);
    child.stderr.on('data', (chunk: Buffer) => {
      file.write(chunk);
      stderrTail = (stderrTail + chunk.toString()).slice(-400);
    });
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the reference did not print its JSON line within ${(start.timeoutMs ?? 120_000) / 1000} s`));
    }, start.timeoutMs ?? 120_000);
    // Read on after the line (never pause the pipe: a full one would stall the reference).
    let listening = false;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (listening || !line.startsWith('{')) return;
      listening = true;
      clearTimeout(timer);
      const parsed = JSON.parse(line) as { baseUrl: string; apiKey: string; keys?: Record<string, string> };
      resolve({ baseUrl: parsed.baseUrl, apiKey: parsed.apiKey, keys: parsed.keys ?? {}, child, stop });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const where = start.stderrLog ? `see ${start.stderrLog}` : 'see its stderr above';
      reject(new Error(`the reference exited (${code}) before its JSON line; ${where}${stderrTail ? `: ${stderrTail.trim().split('\n').pop()}` : ''}`));
    });
  });
}
