// The run state the runner writes before Playwright starts: the resolved config,
// the target, the document's verdict and the catalogue. Specs read it
// synchronously at collection time, which is how tests are generated from the
// catalogue. It never contains the token.
import { readFileSync } from 'node:fs';
import type { RunConfig } from '../generators/config/run-config.ts';
import type { Catalogue } from '../generators/openapi/catalogue-types.ts';
import type { MetadataCatalogue } from '../generators/openapi/metadata-catalogue.ts';
import type { WritePlan } from '../generators/fixtures/write-plan.ts';
import type { DocumentFinding } from '../generators/openapi/document-rules.ts';
import type { DocumentSummary, RunTarget } from '../generators/report/run-summary.ts';

export const STATE_ENV = 'TWENTY_CONFORMANCE_STATE';

export interface RunState {
  version: string;
  startedAt: string;
  config: RunConfig;
  target: RunTarget;
  document: DocumentSummary & {
    /** Validation errors (swagger-parser), each a document failure. */
    validationErrors: string[];
    /** Where the raw document was saved for the workers' response validators. */
    path: string;
  };
  catalogue: Catalogue;
  /** The metadata document (`/rest/open-api/metadata`) analysed, or why it could not be loaded. */
  metadata?: MetadataDocumentState;
  /** Check ID → reason, from --expected-failures. */
  waivers: Record<string, string>;
  /** Profiles that write (gate, install): the run id its fixtures are tagged with, and their file. */
  fixtures?: { runId: string; path: string } | null;
  /** Writing profiles: where the run writes, what it left out and why, the unique columns, the probes (bin/run/write-stage.ts). */
  writePlan?: WritePlan | null;
}

export type MetadataDocumentState =
  | { source: string; valid: boolean; validationErrors: string[]; findings: DocumentFinding[]; catalogue: MetadataCatalogue }
  | { source: string; problem: string };

let cached: RunState | undefined;

export function runStatePath(): string | undefined {
  return process.env[STATE_ENV] || undefined;
}

export function loadRunState(): RunState {
  if (cached) return cached;
  const path = runStatePath();
  if (!path) {
    throw new Error(
      'twenty-conformance: no run state. Start the suite with `npx twenty-conformance` (it loads the OpenAPI document and starts the reference), not with `npx playwright test` directly.',
    );
  }
  cached = JSON.parse(readFileSync(path, 'utf8')) as RunState;
  return cached;
}
