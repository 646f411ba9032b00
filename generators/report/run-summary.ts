// The shape of summary.json (schemas/summary.schema.json): what the reporters
// write and every report page is rendered from.
import type { CheckSummary, Totals } from './aggregate.ts';
import type { DocumentFinding } from '../openapi/document-rules.ts';

/** The deployment a run checked; the run state and the summary both carry it. */
export interface RunTarget {
  baseUrl: string;
  embeddedReference: boolean;
  referenceFault: string | null;
}

/** What the run concluded about the document; the run state adds what the workers need. */
export interface DocumentSummary {
  source: string;
  valid: boolean;
  openapiVersion: string;
  legacy: boolean;
  objects: number;
  /** Lint findings: about the document, reported apart from server failures. */
  findings: DocumentFinding[];
}

export interface RunSummary {
  tool: 'twenty-conformance';
  version: string;
  startedAt: string;
  durationMs: number;
  target: RunTarget;
  profile: 'gate' | 'install' | 'smoke';
  seed: number;
  shard: string | null;
  document: DocumentSummary;
  checks: CheckSummary[];
  totals: Totals;
  requests: number;
  /** The run's request budget; null or absent when unbounded. */
  maxRequests?: number | null;
  runErrors: string[];
  exitCode: 0 | 1 | 2;
  /** Why the run stopped before or without a verdict (exit 2). */
  error?: string;
}
