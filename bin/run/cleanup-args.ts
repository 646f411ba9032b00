// Pure: `twenty-conformance cleanup` flags → options, or a UsageError.
import { parseBaseUrl } from '../../generators/config/parse-run-args.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { isRunId } from '../../generators/fixtures/run-tag.ts';

export const CLEANUP_USAGE = `Usage: twenty-conformance cleanup (--run ID | --all-stale [--older-than MINUTES]) [options]

Removes the records a gate or install run wrote (tagged tcfix-<run id>) and left
behind because it was killed. A run removes its own records when it ends.

Options:
  --run ID               the run id a run printed ("fixtures: tagged tcfix-<ID>")
  --all-stale            every tagged record of runs that started more than --older-than ago
  --older-than MINUTES   age of a stale run (default 60)
  --base-url URL         deployment root (or TWENTY_BASE_URL)
  --openapi FILE|URL     use this document instead of the deployment's
  --token-file PATH      read the token from a file (else TWENTY_API_KEY)
  --timeout-ms N         per-request timeout (default 15000)`;

export interface CleanupOptions {
  help: boolean;
  selector: { runId: string } | { olderThanMinutes: number };
  baseUrl: string;
  openapi: string | null;
  tokenFile: string | null;
  timeoutMs: number;
}

const VALUE_FLAGS = new Set(['--run', '--older-than', '--base-url', '--openapi', '--token-file', '--timeout-ms']);

export function parseCleanupArgs(argv: readonly string[], env: Record<string, string | undefined>): CleanupOptions | { help: true } {
  const values = new Map<string, string>();
  let allStale = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--all-stale') {
      allStale = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`cleanup: unknown option ${name}. Try cleanup --help.`);
    const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`cleanup: ${name} needs a value.`);
    values.set(name, value);
  }
  const run = values.get('--run');
  if ((run === undefined) === !allStale) throw new UsageError('cleanup: give exactly one of --run ID or --all-stale.');
  if (run !== undefined && !isRunId(run)) {
    throw new UsageError(`cleanup: --run expects a run id like 20261202t160501-k3f9 (printed by the run as "fixtures: tagged tcfix-<id>"), got "${run}".`);
  }
  const olderRaw = values.get('--older-than') ?? '60';
  if (!/^\d+$/.test(olderRaw)) throw new UsageError(`cleanup: --older-than expects whole minutes, got "${olderRaw}".`);
  const baseRaw = values.get('--base-url') ?? (env.TWENTY_BASE_URL || undefined);
  if (baseRaw === undefined) {
    throw new UsageError("cleanup needs the deployment: --base-url URL or TWENTY_BASE_URL (an embedded reference's records end with its run).");
  }
  const timeoutRaw = values.get('--timeout-ms') ?? '15000';
  if (!/^\d+$/.test(timeoutRaw) || Number(timeoutRaw) < 100) throw new UsageError(`cleanup: --timeout-ms expects milliseconds ≥ 100, got "${timeoutRaw}".`);
  return {
    help: false,
    selector: run !== undefined ? { runId: run } : { olderThanMinutes: Number(olderRaw) },
    baseUrl: parseBaseUrl(baseRaw, values.has('--base-url') ? '--base-url' : 'TWENTY_BASE_URL'),
    openapi: values.get('--openapi') ?? null,
    tokenFile: values.get('--token-file') ?? null,
    timeoutMs: Number(timeoutRaw),
  };
}
