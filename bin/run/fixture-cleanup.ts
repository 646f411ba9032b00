// What the runner does about fixtures around Playwright: start the run's fixture
// file (writing profiles only), and after Playwright ended — passed, failed,
// interrupted or crashed — remove whatever the teardown project did not, and turn
// a refused creation into exit 2 with its one line.
import type { Pacer } from '../../generators/client/pacer.ts';
import { readingPageSize } from '../../generators/pagination/limits.ts';
import { runnerClient } from './runner-client.ts';
import { PROFILE_DEFAULTS, type RunConfig } from '../../generators/config/run-config.ts';
import { cleanupRun } from '../../generators/fixtures/fixture-io.ts';
import { readFixtureFile, updateFixtureFile, writeFixtureFile } from '../../runtime/fixtures/fixture-file.ts';
import { makeRunId, tagLocation } from '../../generators/fixtures/run-tag.ts';
import { removeTaggedMetadata } from '../../generators/metadata/cleanup.ts';
import { creationOrder } from '../../generators/fixtures/design.ts';
import { cleanupCandidates } from '../../generators/fixtures/write-targets.ts';
import type { Catalogue } from '../../generators/openapi/catalogue-types.ts';
import { join } from 'node:path';

export interface RunFixtures {
  runId: string;
  path: string;
}

/** A fresh run id and an empty fixture file, or null when the profile never writes. */
export function startRunFixtures(config: RunConfig, runDir: string, now = new Date()): RunFixtures | null {
  if (!PROFILE_DEFAULTS[config.profile].writes) return null;
  const runId = makeRunId(now, Math.random);
  const path = join(runDir, 'fixtures.json');
  writeFixtureFile(path, { runId, created: {} });
  return { runId, path };
}

/** Where the tag lives in each object the run writes to, e.g. `companies.name, people.jobTitle`. */
export function tagFields(catalogue: Catalogue, objects?: readonly string[]): string {
  return creationOrder(catalogue, objects).map((object) => `${object.plural}.${tagLocation(object)!.path.join('.')}`).join(', ');
}

export interface FinishedFixtures {
  /** Set when creation was refused: the one line to print before exit 2. */
  refused?: string;
  /** Cleanup problems (records may be left: the line says how to remove them). */
  problems: string[];
  removedByRunner: number;
}

export async function finishRunFixtures(
  fixtures: RunFixtures | null,
  target: { baseUrl: string; token: string },
  catalogue: Catalogue,
  config: RunConfig,
  pacer?: Pacer,
): Promise<FinishedFixtures> {
  if (!fixtures) return { problems: [], removedByRunner: 0 };
  const file = readFixtureFile(fixtures.path);
  const refused = file?.refused;
  const client = runnerClient({ baseUrl: target.baseUrl, token: target.token, readOnly: false, rate: config.rate, timeoutMs: config.timeoutMs, pacer, maxResponseBytes: config.maxResponseBytes });
  // The teardown project removes records only: metadata the run wrote (gate) is swept here, always.
  const metadata = config.profile === 'gate' ? await removeTaggedMetadata(client, { runId: fixtures.runId }) : { removed: {}, errors: [] };
  const metadataProblems = metadata.errors.map((error) => `${error} — remove the leftovers with: npx twenty-conformance cleanup --run ${fixtures.runId}`);
  const metadataRemoved = Object.values(metadata.removed).reduce((sum, count) => sum + count, 0);
  if (file?.cleanedAt) return { ...(refused ? { refused } : {}), problems: metadataProblems, removedByRunner: metadataRemoved };
  // The plan's objects when the run got that far, else every object a run could have written (never a denied one).
  const objects = file?.targets ?? cleanupCandidates(catalogue);
  const result = await cleanupRun(client, catalogue, { runId: fixtures.runId }, { pageSize: readingPageSize(catalogue), knownIds: file?.created ?? {}, objects });
  const problems = [...metadataProblems, ...result.errors.map((error) => `${error} — remove the leftovers with: npx twenty-conformance cleanup --run ${fixtures.runId}`)];
  if (problems.length === 0 && file) updateFixtureFile(fixtures.path, (current) => ({ ...current, cleanedAt: new Date().toISOString() }));
  const removedByRunner = Object.values(result.removed).reduce((sum, count) => sum + count, metadataRemoved);
  return { ...(refused ? { refused } : {}), problems, removedByRunner };
}
