// The metadata document's stage: validate (swagger-parser), lint with the rules
// that apply to it (the prose is the seed's, so its limit and comparator claims
// are judged against this document too), and catalogue its resources.
import { lintDocument } from './lint.ts';
import { buildMetadataCatalogue, type MetadataCatalogue } from './metadata-catalogue.ts';
import { validateDocument } from './validate.ts';
import type { DocumentFinding } from './document-rules.ts';
import type { JsonObject } from './document-walk.ts';

/**
 * Core-only rules: object paths and their list parameters (DOC-010, DOC-011, DOC-014),
 * base64 cursors (DOC-006: metadata cursors are raw UUIDs), depth (DOC-009), legacy
 * `last_cursor` (DOC-012, which the catalogue's own legacy flag covers for core).
 */
export const CORE_ONLY_RULES: ReadonlySet<string> = new Set(['DOC-006', 'DOC-009', 'DOC-010', 'DOC-011', 'DOC-012', 'DOC-014']);

export interface MetadataAnalysis {
  valid: boolean;
  validationErrors: string[];
  findings: DocumentFinding[];
  catalogue: MetadataCatalogue;
}

export function lintMetadataDocument(document: JsonObject): DocumentFinding[] {
  return lintDocument(document).filter((finding) => !CORE_ONLY_RULES.has(finding.id));
}

export async function analyseMetadataDocument(document: JsonObject): Promise<MetadataAnalysis> {
  const validation = await validateDocument(document);
  return {
    valid: validation.valid,
    validationErrors: validation.findings.map((finding) => finding.message),
    findings: [...validation.findings, ...lintMetadataDocument(document)],
    catalogue: buildMetadataCatalogue(document),
  };
}
