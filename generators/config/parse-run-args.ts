// Pure: argv + environment → RunConfig, or a UsageError that says what to do.
import { PROFILE_DEFAULTS, PROFILES, type Profile, type Rate, type RunConfig } from './run-config.ts';
import { UsageError } from './usage-error.ts';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../client/response-cap.ts';

export const RUN_USAGE = `Usage: twenty-conformance [run] [options]

Runs the conformance suite against a Twenty deployment (or the embedded reference).

Options:
  --base-url URL             deployment root (or TWENTY_BASE_URL); none → embedded reference
  --profile gate|install|smoke
                             gate: full, writes fixtures (default without a base URL)
                             install: moderate budget, writes fixtures
                             smoke: GET only, ≤ 90 requests, paced (default with a base URL)
  --openapi FILE|URL         use this OpenAPI document instead of the deployment's
  --seed N                   replay the queries of an earlier run
  --runs N                   fast-check runs per property
  --max-requests N           request budget for the run
  --rate N/s|N/min           pacing
  --check ID                 run only these checks (repeat, or comma-separate)
  --report-dir DIR           where reports go (default: reports)
  --shard i/n                run shard i of n (Playwright sharding)
  --expected-failures FILE   waivers by check ID, each with a reason (JSON or YAML)
  --allow-token-in-url       smoke: allow the ?token= probe (it sends the token in a URL)
  --token-file PATH          read the token from a file (else TWENTY_API_KEY)
  --write-objects a,b,-c     gate/install: write also to a and b (past the deny-list), never to c
  --allow-side-effects       gate/install: write also to objects webhooks or workflow triggers listen to
  --workers N                Playwright workers (smoke always uses 1)
  --timeout-ms N             per-request timeout (default 15000)
  --max-response-bytes N     refuse answers larger than N bytes (default 10485760, 10 MB)

The token is never a flag: set TWENTY_API_KEY or use --token-file.
Exit codes: 0 conformant, 1 non-conformant, 2 usage, configuration or connection error.`;

type Env = Record<string, string | undefined>;

const VALUE_FLAGS = new Set([
  '--base-url',
  '--profile',
  '--openapi',
  '--seed',
  '--runs',
  '--max-requests',
  '--rate',
  '--check',
  '--report-dir',
  '--shard',
  '--expected-failures',
  '--token-file',
  '--reference-fault',
  '--reference-records',
  '--workers',
  '--timeout-ms',
  '--max-response-bytes',
  '--write-objects',
]);
const BOOLEAN_FLAGS = new Set(['--allow-token-in-url', '--allow-side-effects', '--help', '-h']);

export interface ParsedRunArgs {
  help: boolean;
  config: RunConfig;
}

/** Splits `--flag value` and `--flag=value` into pairs, rejecting unknown flags. */
function readFlags(argv: string[]): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (/^--(token|api-key|apikey)(=|$)/i.test(arg)) {
      throw new UsageError(
        `${arg.split('=')[0]} is not accepted: a token on the command line leaks into shell history and process lists. Set TWENTY_API_KEY or use --token-file PATH.`,
      );
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (BOOLEAN_FLAGS.has(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value. Try --help.`);
      flags.set(name, ['true']);
      continue;
    }
    if (!VALUE_FLAGS.has(name)) {
      throw new UsageError(
        arg.startsWith('-') ? `unknown option ${name}. Try --help.` : `unexpected argument "${arg}". Try --help.`,
      );
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`${name} needs a value. Try --help.`);
      }
      i++;
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return flags;
}

function single(flags: Map<string, string[]>, name: string): string | undefined {
  const values = flags.get(name);
  if (!values) return undefined;
  if (values.length > 1 && name !== '--check') throw new UsageError(`${name} was given ${values.length} times; give it once.`);
  return values[0];
}

function integer(name: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`${name} expects a whole number, got "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) throw new UsageError(`${name} expects a number from ${min} to ${max}, got ${raw}.`);
  return value;
}

export function parseRate(raw: string): Rate {
  const match = /^(\d+)\/(s|sec|second|min|minute|m)$/.exec(raw.trim());
  if (!match) throw new UsageError(`--rate expects N/s or N/min (e.g. 10/s, 40/min), got "${raw}".`);
  const count = Number(match[1]);
  if (count < 1) throw new UsageError(`--rate needs at least 1 request per window, got "${raw}".`);
  const unit = match[2] as string;
  return { count, perMs: unit.startsWith('s') ? 1000 : 60_000 };
}

/** `a,b,-c` → opted in a and b, out c; names are object plurals. */
export function parseWriteObjects(raw: string): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const item of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const out = item.startsWith('-');
    const name = out ? item.slice(1) : item;
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new UsageError(`--write-objects expects object plurals, e.g. companies,people,-notes; got "${item}".`);
    (out ? exclude : include).push(name);
  }
  if (include.length + exclude.length === 0) throw new UsageError('--write-objects needs at least one object plural, e.g. companies,-notes.');
  return { include, exclude };
}

export function parseShard(raw: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${raw}".`);
  }
  return { index, total };
}

export function parseBaseUrl(raw: string, source: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${source} is not a URL: "${raw}". Give the deployment root, e.g. https://crm.example.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${source} must be http(s), got "${url.protocol}".`);
  }
  if (url.username || url.password) {
    throw new UsageError(`${source} must not carry credentials; set TWENTY_API_KEY instead.`);
  }
  if (url.search || url.hash) throw new UsageError(`${source} must not have a query string or fragment.`);
  // The suite adds /rest/...; a root given with /rest would double it.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/rest$/, '');
  return `${url.origin}${path}`;
}

export function parseRunArgs(argv: string[], env: Env, randomSeed: () => number): ParsedRunArgs {
  const flags = readFlags(argv);
  const help = flags.has('--help') || flags.has('-h');

  const baseUrlRaw = single(flags, '--base-url') ?? (env.TWENTY_BASE_URL || undefined);
  const baseUrl = baseUrlRaw === undefined ? null : parseBaseUrl(baseUrlRaw, flags.has('--base-url') ? '--base-url' : 'TWENTY_BASE_URL');

  const profileRaw = single(flags, '--profile');
  if (profileRaw !== undefined && !(PROFILES as readonly string[]).includes(profileRaw)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}, got "${profileRaw}".`);
  }
  // DESIGN §2: a deployment without a profile gets the polite smoke profile.
  const profile: Profile = (profileRaw as Profile | undefined) ?? (baseUrl ? 'smoke' : 'gate');
  const defaults = PROFILE_DEFAULTS[profile];

  const referenceFault = single(flags, '--reference-fault') ?? null;
  if (referenceFault && baseUrl) throw new UsageError('--reference-fault applies to the embedded reference only; drop --base-url.');

  const recordsRaw = single(flags, '--reference-records');
  if (recordsRaw !== undefined && baseUrl) throw new UsageError('--reference-records applies to the embedded reference only; drop --base-url.');
  const referenceRecords = recordsRaw === undefined ? undefined : integer('--reference-records', recordsRaw, 0, 1000);

  const seedRaw = single(flags, '--seed');
  const runsRaw = single(flags, '--runs');
  const maxRaw = single(flags, '--max-requests');
  const rateRaw = single(flags, '--rate');
  const shardRaw = single(flags, '--shard');
  const workersRaw = single(flags, '--workers');
  const timeoutRaw = single(flags, '--timeout-ms');
  const maxResponseRaw = single(flags, '--max-response-bytes');

  const writeObjectsRaw = single(flags, '--write-objects');
  if ((writeObjectsRaw !== undefined || flags.has('--allow-side-effects')) && !PROFILE_DEFAULTS[profile].writes) {
    throw new UsageError(`--write-objects and --allow-side-effects apply to the writing profiles (gate, install), not ${profile}.`);
  }

  const checks = (flags.get('--check') ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

  const config: RunConfig = {
    baseUrl,
    profile,
    openapi: single(flags, '--openapi') ?? null,
    seed: seedRaw === undefined ? randomSeed() : integer('--seed', seedRaw, 0, 2 ** 31 - 1),
    runs: runsRaw === undefined ? defaults.runs : integer('--runs', runsRaw, 1, 100_000),
    maxRequests: maxRaw === undefined ? defaults.maxRequests : integer('--max-requests', maxRaw, 1),
    rate: rateRaw === undefined ? defaults.rate : parseRate(rateRaw),
    checks,
    reportDir: single(flags, '--report-dir') ?? 'reports',
    shard: shardRaw === undefined ? null : parseShard(shardRaw),
    expectedFailures: single(flags, '--expected-failures') ?? null,
    allowTokenInUrl: flags.has('--allow-token-in-url'),
    tokenFile: single(flags, '--token-file') ?? null,
    referenceFault,
    ...(referenceRecords !== undefined ? { referenceRecords } : {}),
    timeoutMs: timeoutRaw === undefined ? 15_000 : integer('--timeout-ms', timeoutRaw, 100, 600_000),
    maxResponseBytes: maxResponseRaw === undefined ? DEFAULT_MAX_RESPONSE_BYTES : integer('--max-response-bytes', maxResponseRaw, 1024, 2 ** 31 - 1),
    workers: profile === 'smoke' ? 1 : workersRaw === undefined ? 2 : integer('--workers', workersRaw, 1, 64),
    ...(writeObjectsRaw !== undefined ? { writeObjects: parseWriteObjects(writeObjectsRaw) } : {}),
    ...(flags.has('--allow-side-effects') ? { allowSideEffects: true } : {}),
  };
  return { help, config };
}
