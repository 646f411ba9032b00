// Parses `twenty-conformance reference` flags. Pure: returns options or a
// one-line usage error; printing and exit codes belong to cli.ts.
import type { RateLimitConfig } from './auth/rate-limit.ts';
import { parseRateLimit, RATE_LIMIT_STYLES, TWENTY_DEFAULT_RATE_LIMIT, type RateLimitStyle } from './auth/rate-limit.ts';
import { findFault } from './faults/catalogue.ts';
import { DEFAULT_MAX_LIMIT } from './limits.ts';

export interface ReferenceCliOptions {
  help: boolean;
  listFaults: boolean;
  port: number;
  host: string;
  fault?: string;
  databaseUrl?: string;
  maxLimit: number;
  rateLimit?: RateLimitConfig;
  /** A Twenty core OpenAPI document to build the tables from (and seed generated data for). */
  datamodel?: string;
  /** `--empty` (0) or `--seed-records N`; absent → the demo workspace. */
  seedRecords?: number;
  /** `--workspace 2026`: the 2026-shaped standard workspace (datamodel/workspace-2026.ts). */
  workspace?: WorkspaceName;
  /** `--partial-unique-indexes`: unique indexes ignore soft-deleted rows (Twenty ≥ 2.40). */
  partialUniqueIndexes?: boolean;
  /** `--print-keys`: the JSON start line also carries `keys`, one API key per restricted role. */
  printKeys?: boolean;
  /** `--events-file PATH`: every event a write emits, appended as a JSON line. */
  eventsFile?: string;
}

/** Built-in workspaces: the small standard one (default) and the 2026-shaped one. */
export const WORKSPACE_NAMES = ['standard', '2026'] as const;
export type WorkspaceName = (typeof WORKSPACE_NAMES)[number];

export type ParsedCli = { ok: true; options: ReferenceCliOptions } | { ok: false; error: string };

export const REFERENCE_USAGE = `Usage: twenty-conformance reference [options]

Starts the embedded reference deployment of Twenty's REST API and prints one
JSON line {"baseUrl": "...", "apiKey": "..."} once it listens. Serves until
SIGINT or SIGTERM.

Options:
  --port N              port to listen on (default 0: a free port)
  --host HOST           address to bind (default 127.0.0.1)
  --fault NAME          inject one catalogued fault (see --list-faults)
  --list-faults         print the fault catalogue and exit
  --database-url URL    use an external PostgreSQL instead of in-process PGlite
  --max-limit N         maximum page size (default 200, Twenty's QUERY_MAX_RECORDS)
  --rate-limit N/Ws     rate limit per workspace, e.g. 100/60s (default off)
  --rate-limit-mode M   how a 429 is answered: 2026 (usage-limit body, Retry-After and
                        X-RateLimit-* headers; default) or classic (the throttler's
                        'Limit reached' HttpException, no headers); alone it turns on
                        Twenty's default limit, 100/60s
  --datamodel FILE      build the workspace from a Twenty core OpenAPI document
                        (objects, fields, kinds, options, relations) with generated data
  --workspace NAME      built-in workspace: standard (default) or 2026 (Twenty's 2026
                        standard objects, morph targets, a custom object, generated data)
  --partial-unique-indexes
                        unique indexes ignore soft-deleted rows (Twenty >= 2.40);
                        default: a soft-deleted record keeps its unique values
  --print-keys          add "keys" to the JSON line: an API key per restricted role
                        (readOnly, objectDenied, fieldNotWritable, fieldNotReadable)
  --events-file PATH    append every event a write emits (object, operation, record
                        id, matched webhooks and workflow triggers) as a JSON line;
                        also served at GET /_reference/events
  --empty               start with no records at all (a fresh workspace)
  --seed-records N      seed only the first N demo records of each object
  --help                print this help and exit`;

const usageError = (message: string): ParsedCli => ({ ok: false, error: `reference: ${message}. Try --help.` });

const VALUE_FLAGS = ['--port', '--host', '--fault', '--database-url', '--max-limit', '--rate-limit', '--datamodel', '--seed-records', '--workspace', '--rate-limit-mode', '--events-file'];

export function parseReferenceArgs(argv: readonly string[]): ParsedCli {
  const options: ReferenceCliOptions = { help: false, listFaults: false, port: 0, host: '127.0.0.1', maxLimit: DEFAULT_MAX_LIMIT };
  let rateLimitStyle: RateLimitStyle | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    if (flag === '--help' || flag === '-h') {
      options.help = true;
      continue;
    }
    if (flag === '--list-faults') {
      options.listFaults = true;
      continue;
    }
    if (flag === '--print-keys') {
      options.printKeys = true;
      continue;
    }
    if (flag === '--partial-unique-indexes') {
      options.partialUniqueIndexes = true;
      continue;
    }
    if (flag === '--empty') {
      if (options.seedRecords !== undefined && options.seedRecords !== 0) return usageError('--empty and --seed-records exclude each other');
      options.seedRecords = 0;
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) return usageError(`unknown option ${JSON.stringify(arg)}`);
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      value = argv[index + 1];
      index += 1;
    }
    if (value === undefined) return usageError(`${flag} expects a value`);
    switch (flag) {
      case '--port': {
        if (!/^\d+$/.test(value) || Number(value) > 65535) return usageError(`--port expects an integer 0-65535, got ${JSON.stringify(value)}`);
        options.port = Number(value);
        break;
      }
      case '--host':
        if (value === '') return usageError('--host expects an address');
        options.host = value;
        break;
      case '--fault':
        if (!findFault(value)) return { ok: false, error: `reference: unknown fault ${JSON.stringify(value)}. Run with --list-faults to see them.` };
        options.fault = value;
        break;
      case '--database-url':
        if (!/^postgres(ql)?:\/\//.test(value)) return usageError(`--database-url expects a postgres:// URL, got ${JSON.stringify(value.split('@').pop() ?? '')}`);
        options.databaseUrl = value;
        break;
      case '--max-limit': {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 10_000) {
          return usageError(`--max-limit expects an integer 1-10000, got ${JSON.stringify(value)}`);
        }
        options.maxLimit = Number(value);
        break;
      }
      case '--datamodel':
        if (value === '') return usageError('--datamodel expects a file');
        options.datamodel = value;
        break;
      case '--workspace': {
        if (!(WORKSPACE_NAMES as readonly string[]).includes(value)) return usageError(`--workspace expects ${WORKSPACE_NAMES.join(' or ')}, got ${JSON.stringify(value)}`);
        options.workspace = value as WorkspaceName;
        break;
      }
      case '--seed-records': {
        if (!/^\d+$/.test(value) || Number(value) > 1000) return usageError(`--seed-records expects an integer 0-1000, got ${JSON.stringify(value)}`);
        if (options.seedRecords === 0 && Number(value) !== 0) return usageError('--empty and --seed-records exclude each other');
        options.seedRecords = Number(value);
        break;
      }
      case '--events-file':
        if (value === '') return usageError('--events-file expects a file');
        options.eventsFile = value;
        break;
      case '--rate-limit-mode': {
        if (!(RATE_LIMIT_STYLES as readonly string[]).includes(value)) return usageError(`--rate-limit-mode expects ${RATE_LIMIT_STYLES.join(' or ')}, got ${JSON.stringify(value)}`);
        rateLimitStyle = value as RateLimitStyle;
        break;
      }
      case '--rate-limit': {
        const rateLimit = parseRateLimit(value);
        if (!rateLimit) return usageError(`--rate-limit expects N/Ws such as 100/60s, got ${JSON.stringify(value)}`);
        options.rateLimit = rateLimit;
        break;
      }
    }
  }
  if (rateLimitStyle !== undefined) options.rateLimit = { ...(options.rateLimit ?? TWENTY_DEFAULT_RATE_LIMIT), style: rateLimitStyle };
  if (options.workspace !== undefined && options.datamodel !== undefined) return usageError('--workspace and --datamodel exclude each other');
  return { ok: true, options };
}
