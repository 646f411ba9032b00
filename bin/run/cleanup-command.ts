// `twenty-conformance cleanup`: loads the deployment's document (the catalogue
// says which field holds each object's tag), then removes the tagged records of
// one run, or of every stale run. Exit 0 when nothing tagged is left, 1 when some
// could not be removed (the lines say which), 2 on usage or connection errors.
import { localPacer } from '../../generators/client/pacer.ts';
import { readingPageSize } from '../../generators/pagination/limits.ts';
import { runnerClient } from './runner-client.ts';
import { PROFILE_DEFAULTS, type RunConfig } from '../../generators/config/run-config.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { creationOrder } from '../../generators/fixtures/design.ts';
import { cleanupCandidates } from '../../generators/fixtures/write-targets.ts';
import { cleanupRun, destroyIds, findTaggedRecords } from '../../generators/fixtures/fixture-io.ts';
import { TAG_PREFIX } from '../../generators/fixtures/run-tag.ts';
import { staleIds } from '../../generators/fixtures/stale-runs.ts';
import { CLEANUP_USAGE, parseCleanupArgs } from './cleanup-args.ts';
import { runDocumentStage } from './document-stage.ts';
import type { Io } from './run-command.ts';
import { resolveToken } from './token.ts';
import { removeTaggedMetadata } from '../../generators/metadata/cleanup.ts';

export async function cleanupCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCleanupArgs(argv, io.env);
  if (parsed.help) {
    io.stdout(CLEANUP_USAGE);
    return 0;
  }
  const token = resolveToken(parsed.tokenFile, io.env);
  if (!token) throw new UsageError(`cleanup needs an API key for ${parsed.baseUrl}: set TWENTY_API_KEY (or --token-file PATH).`);
  // The document stage takes a run configuration; only its source and timeout matter here.
  const config = { openapi: parsed.openapi, timeoutMs: parsed.timeoutMs } as RunConfig;
  // Paced like install (cleanup may run against a production workspace), the document fetch included.
  const pacer = localPacer(PROFILE_DEFAULTS.install.rate, Date.now, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const stage = await runDocumentStage(config, { baseUrl: parsed.baseUrl, token, embedded: false }, io, pacer);
  const { catalogue } = stage;
  const pageSize = readingPageSize(catalogue);
  const client = runnerClient({ baseUrl: parsed.baseUrl, token, readOnly: false, rate: PROFILE_DEFAULTS.install.rate, timeoutMs: parsed.timeoutMs, pacer });

  if ('runId' in parsed.selector) {
    // Objects a run may have written (the deny-list's never were, unless a run opted them in by name).
    const records = await cleanupRun(client, catalogue, parsed.selector, { pageSize, objects: cleanupCandidates(catalogue) });
    const metadata = await removeTaggedMetadata(client, { runId: parsed.selector.runId });
    const result = { removed: { ...records.removed, ...metadata.removed }, errors: [...records.errors, ...metadata.errors] };
    report(io, result.removed, `run ${parsed.selector.runId}`);
    for (const error of result.errors) io.stderr(`cleanup: ${error}`);
    return result.errors.length > 0 ? 1 : 0;
  }
  const olderThanMs = parsed.selector.olderThanMinutes * 60_000;
  const removed: Record<string, number> = {};
  const runs = new Set<string>();
  let errors = 0;
  for (const object of [...creationOrder(catalogue, cleanupCandidates(catalogue))].reverse()) {
    try {
      const stale = staleIds(await findTaggedRecords(client, object, TAG_PREFIX, pageSize), new Date(), olderThanMs);
      stale.runs.forEach((run) => runs.add(run));
      removed[object.plural] = stale.ids.length > 0 ? await destroyIds(client, object, stale.ids, pageSize) : 0;
    } catch (error) {
      errors++;
      io.stderr(`cleanup: ${object.plural}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const metadata = await removeTaggedMetadata(client, { olderThanMs, now: new Date() });
  metadata.runs.forEach((run) => runs.add(run));
  Object.assign(removed, metadata.removed);
  for (const error of metadata.errors) io.stderr(`cleanup: ${error}`);
  errors += metadata.errors.length;
  report(io, removed, runs.size > 0 ? `${runs.size} stale run(s): ${[...runs].join(', ')}` : 'no stale run');
  return errors > 0 ? 1 : 0;
}

function report(io: Io, removed: Record<string, number>, what: string): void {
  const parts = Object.entries(removed).map(([plural, count]) => `${plural} ${count}`);
  io.stdout(`cleanup: ${what}: removed ${parts.join(', ') || 'nothing'}`);
}
