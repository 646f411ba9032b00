// The two rules that are both checks and document findings: OAS-001 is DOC-001
// (the document validates) and OAS-002 is DOC-011 (it describes the workspace's
// objects). The check entries in generators/checks/areas/openapi.ts own their
// level and title (document-rules.ts derives DOC-001/DOC-011 from them); the
// rules themselves live here, once, and both the run's checks and the lint
// (`twenty-conformance openapi`) apply them.
import type { Catalogue } from './catalogue-types.ts';
import type { Finding } from '../checks/finding.ts';

/** What the run reports when a document rule fails as a check. */
export type DocumentCheckFailure = Finding;

/**
 * OAS-001 / DOC-001: the document is a valid OpenAPI 3.0.x / 3.1.x document.
 * `validationErrors` are the DOC-001 findings' messages (validate.ts runs
 * swagger-parser and turns each error into one); any of them fails the check.
 */
export function judgeDocumentValidity(document: { source: string; openapiVersion: string; validationErrors: readonly string[] }): DocumentCheckFailure | null {
  const errors = document.validationErrors;
  if (errors.length === 0) return null;
  return {
    received: `${errors.length} validation error(s) in ${document.source}: ${errors.slice(0, 5).join(' | ')}`,
    expected: `a valid OpenAPI ${document.openapiVersion || '3.x'} document`,
    hint: 'The catalogue was still built best-effort, so the other checks ran.',
  };
}

/**
 * OAS-002 / DOC-011: the document describes objects. A base document (no object
 * list path, no per-object schema) means the token was not accepted or not sent.
 */
export function describesNoObjects(catalogue: Pick<Catalogue, 'objects'>): boolean {
  return catalogue.objects.length === 0;
}

/** OAS-002's verdict on the catalogue built from the document the run was served. */
export function judgeWorkspaceObjects(catalogue: Pick<Catalogue, 'objects' | 'baseDocumentOnly'>): DocumentCheckFailure | null {
  if (!describesNoObjects(catalogue)) return null;
  return {
    received: catalogue.baseDocumentOnly ? 'the base document only (no object paths, no schemas)' : 'a document without any object list path',
    expected: "the full document of the token's workspace: /{plural} paths and per-object schemas",
  };
}
