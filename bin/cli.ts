// The command line (DESIGN §5): `run` (default), `openapi`, `reference`.
// Every usage or configuration problem is one line on stderr and exit 2.
import { redact } from '../generators/client/redact.ts';
import { envApiKey } from '../generators/config/api-key.ts';
import { UsageError } from '../generators/config/usage-error.ts';
import { runCommand, type Io } from './run/run-command.ts';

const USAGE = `Usage:
  twenty-conformance [run] [options]         run the suite (embedded reference when no --base-url)
  twenty-conformance openapi [options]       validate, lint and catalogue an OpenAPI document
  twenty-conformance reference [options]     serve the embedded reference deployment
  twenty-conformance merge-reports DIR...    merge the reports of --shard i/n runs
  twenty-conformance checks [--json]         list the check IDs (for --check and waivers)
  twenty-conformance cleanup --run ID        remove what a killed gate/install run wrote (or --all-stale)
  twenty-conformance self-test               prove the suite on its embedded reference (faithful run, sampled faults)

Run \`twenty-conformance <command> --help\` for the options of a command.`;

// Whatever we print, the API key never appears in it (it may sit in an error text).
const hide = (text: string) => {
  const token = envApiKey(process.env);
  return token ? redact(text, [token]) : text;
};

const io: Io = {
  stdout: (line) => process.stdout.write(`${hide(line)}\n`),
  stderr: (line) => process.stderr.write(`${hide(line)}\n`),
  env: process.env,
};

async function dispatch(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  switch (first) {
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return 0;
    case 'openapi': {
      const { runOpenapiCommand } = await import('./run/openapi-command.ts');
      return runOpenapiCommand(rest, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    }
    case 'reference': {
      const { runReferenceCli } = await import('../reference/cli.ts');
      return runReferenceCli(rest);
    }
    case 'run':
      return runCommand(rest, io);
    case 'checks': {
      const { checksCommand } = await import('./run/checks-command.ts');
      return checksCommand(rest, io);
    }
    case 'cleanup': {
      const { cleanupCommand } = await import('./run/cleanup-command.ts');
      return cleanupCommand(rest, io);
    }
    case 'self-test': {
      const { selfTestCommand } = await import('./run/self-test-command.ts');
      return selfTestCommand(rest, io);
    }
    case 'merge-reports': {
      const { mergeCommand } = await import('./run/merge-command.ts');
      return mergeCommand(rest, io);
    }
    default:
      if (first !== undefined && !first.startsWith('-')) {
        throw new UsageError(`unknown command "${first}". Commands: run, openapi, reference, checks, merge-reports, cleanup, self-test. Try --help.`);
      }
      return runCommand(argv, io);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`twenty-conformance: ${error.message}`);
      return 2;
    }
    // Our own bug: say so in one line; the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`twenty-conformance: internal error: ${message.split('\n')[0]}`);
    if (process.env.TWENTY_CONFORMANCE_DEBUG) io.stderr(String((error as Error).stack));
    else io.stderr('Set TWENTY_CONFORMANCE_DEBUG=1 for the stack trace, and please report it.');
    return 2;
  }
}
