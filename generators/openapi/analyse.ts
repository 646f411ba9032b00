// The whole document stage after loading: validate, then lint and catalogue, whatever
// the validation said (an invalid real document is still catalogued best-effort).
import { buildCatalogue } from './catalogue.ts';
import { lintDocument } from './lint.ts';
import { validateDocument } from './validate.ts';
import type { Catalogue } from './catalogue-types.ts';
import type { DocumentFinding } from './document-rules.ts';
import type { JsonObject } from './document-walk.ts';

export interface DocumentAnalysis {
  valid: boolean;
  /** DOC-001 findings, one per validation error. */
  validationFindings: DocumentFinding[];
  /** The same errors as one-line texts (`<pointer> <message>`). */
  validationErrors: string[];
  /** Lint findings (DOC-002 …), each once per document. */
  findings: DocumentFinding[];
  catalogue: Catalogue;
  dereferenced: JsonObject;
}

export async function analyseDocument(document: JsonObject): Promise<DocumentAnalysis> {
  const validation = await validateDocument(document);
  // The raw document keeps `$ref` names (schema names, relation targets); the catalogue
  // reads refs itself, so it does not need the dereferenced copy.
  const catalogue = buildCatalogue(document);
  const findings = lintDocument(document, catalogue);
  return {
    valid: validation.valid,
    validationFindings: validation.findings,
    validationErrors: validation.findings.map((finding) => finding.message),
    findings,
    catalogue,
    dereferenced: validation.dereferenced,
  };
}
