// The shape of summary.json (schemas/summary.schema.json): what the reporters
// write and every report page is rendered from.
import type { CheckSummary, Totals } from './aggregate.ts';
import type { DocumentFinding } from '../openapi/document-rules.ts';

export interface RunSummary {
  tool: 'twenty-conformance';
  version: string;
  startedAt: string;
  durationMs: number;
  target: { baseUrl: string; embeddedReference: boolean; referenceFault: string | null };
  profile: 'gate' | 'install' | 'smoke';
  seed: number;
  shard: string | null;
  document: {
    source: string;
    valid: boolean;
    openapiVersion: string;
    legacy: boolean;
    objects: number;
    findings: DocumentFinding[];
  };
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
