// `twenty-conformance openapi [--openapi FILE|URL | --base-url URL] [--json] [--token-file PATH]`
// Loads, validates, lints and catalogues one document and prints the result.
// Exit codes: 0 valid, 1 invalid (validation errors), 2 could not load or usage error.
// The token comes from TWENTY_API_KEY or --token-file (never a flag value) and is
// redacted by value from everything printed.
import { readFileSync } from 'node:fs';
import { resolveApiKey } from '../../generators/config/api-key.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { analyseDocument } from '../../generators/openapi/analyse.ts';
import { DocumentLoadError, loadDocument, type DocumentSource } from '../../runtime/openapi/load.ts';
import { isMetadataDocument } from '../../generators/openapi/metadata-catalogue.ts';
import { asMetadataReport, buildOpenapiReport, renderOpenapiText } from '../../generators/openapi/openapi-report.ts';
import { redactToken } from '../../generators/openapi/redact.ts';

export interface OpenapiCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** For tests: the fetch used for URLs and deployments. */
  fetch?: typeof fetch;
}

export const OPENAPI_USAGE = `Usage: twenty-conformance openapi [--openapi FILE|URL | --base-url URL] [--json] [--token-file PATH]
  --openapi FILE|URL   read the document from a file (JSON or YAML) or a URL
  --base-url URL       read GET <URL>/rest/open-api/core from a deployment (default: TWENTY_BASE_URL)
  --token-file PATH    read the API key from a file (default: TWENTY_API_KEY)
  --json               print one JSON object instead of text
Exit codes: 0 valid, 1 invalid, 2 could not load or usage error.`;

export interface OpenapiCommandArgs {
  openapi?: string;
  baseUrl?: string;
  tokenFile?: string;
  json: boolean;
  help: boolean;
}

class UsageProblem extends Error {}

const VALUE_FLAGS = { '--openapi': 'openapi', '--base-url': 'baseUrl', '--token-file': 'tokenFile' } as const;

export function parseOpenapiArgs(argv: string[]): OpenapiCommandArgs {
  const args: OpenapiCommandArgs = { json: false, help: false };
  for (let index = 0; index < argv.length; index++) {
    const raw = argv[index] ?? '';
    const [flag, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag in VALUE_FLAGS) {
      const value = inline ?? argv[++index];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new UsageProblem(`${flag} needs a value: see --help`);
      }
      args[VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS]] = value;
    } else if (flag === '--token') {
      throw new UsageProblem('the token is never a flag value: set TWENTY_API_KEY or use --token-file PATH');
    } else {
      throw new UsageProblem(`unknown option "${flag}" for openapi: see --help`);
    }
  }
  if (args.openapi !== undefined && args.baseUrl !== undefined) {
    throw new UsageProblem('give either --openapi or --base-url, not both');
  }
  return args;
}

function sourceFor(args: OpenapiCommandArgs, env: OpenapiCommandIo['env']): DocumentSource {
  if (args.openapi !== undefined) {
    return /^https?:\/\//i.test(args.openapi) ? { kind: 'url', url: args.openapi } : { kind: 'file', path: args.openapi };
  }
  const baseUrl = args.baseUrl ?? env.TWENTY_BASE_URL;
  if (baseUrl === undefined || baseUrl === '') {
    throw new UsageProblem('no document to read: give --openapi FILE|URL or --base-url URL (or set TWENTY_BASE_URL)');
  }
  return { kind: 'deployment', baseUrl };
}

export async function runOpenapiCommand(argv: string[], io: OpenapiCommandIo): Promise<number> {
  let token: string | undefined;
  const say = (stream: { write(text: string): unknown }, line: string): void => {
    stream.write(redactToken(line, token) + '\n');
  };
  try {
    const args = parseOpenapiArgs(argv);
    if (args.help) {
      say(io.stdout, OPENAPI_USAGE);
      return 0;
    }
    const source = sourceFor(args, io.env);
    token = resolveApiKey(args.tokenFile, io.env, (path) => readFileSync(path, 'utf8'));
    const loaded = await loadDocument(source, { ...(token !== undefined ? { token } : {}), ...(io.fetch ? { fetch: io.fetch } : {}) });
    const analysis = await analyseDocument(loaded.document);
    const coreReport = buildOpenapiReport(loaded.origin, analysis);
    const report = isMetadataDocument(loaded.document) ? asMetadataReport(coreReport, loaded.document) : coreReport;
    if (args.json) say(io.stdout, JSON.stringify(report));
    else for (const line of renderOpenapiText(report)) say(io.stdout, line);
    if (loaded.metadataProblem !== undefined && !args.json) {
      say(io.stderr, `note: the metadata document could not be loaded: ${loaded.metadataProblem}`);
    }
    return report.valid ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageProblem || error instanceof UsageError || error instanceof DocumentLoadError) {
      say(io.stderr, `twenty-conformance openapi: ${error.message}`);
      return 2;
    }
    // Anything else is our own bug: one line, no stack trace.
    const text = error instanceof Error ? error.message : String(error);
    say(io.stderr, `twenty-conformance openapi: internal error: ${text.split('\n')[0] ?? ''}`);
    return 2;
  }
}
