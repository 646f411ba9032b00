// Validates a document with swagger-parser (OpenAPI 3.0.x and 3.1.x) and reports every
// error it finds as a DOC-001 finding (the check OAS-001, judged in document-checks.ts), then dereferences it anyway: real Twenty documents
// are often invalid (2024 ones carry a 3.1 `webhooks` map in a 3.0.3 document), and the
// catalogue must still be built from them.
import SwaggerParser from '@apidevtools/swagger-parser';
import { isRecord, type JsonObject } from './document-walk.ts';
import { dereferenceLocally } from './local-dereference.ts';
import { ruleById, type DocumentFinding } from './document-rules.ts';

export interface ValidationResult {
  valid: boolean;
  /** One DOC-001 finding per validation error. */
  findings: DocumentFinding[];
  /** The document with its refs inlined (circular refs become circular objects). */
  dereferenced: JsonObject;
  dereferencedBy: 'swagger-parser' | 'local';
}

interface AjvLikeError {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

// Never fetch remote refs: requests go only to the deployment under test.
const NO_EXTERNAL = { resolve: { external: false } } as const;

export async function validateDocument(document: JsonObject): Promise<ValidationResult> {
  const findings = [
    // Schema and spec validation run apart: swagger-parser stops at the schema stage
    // when it fails, and the spec stage throws on its first error. (In swagger-parser 13
    // the spec stage checks Swagger 2.0 only; it is kept for when that changes.)
    ...(await collect(document, 'spec')),
    ...(await collect(document, 'schema')),
  ];
  const unique = dedupe(findings);
  const { dereferenced, by } = await dereference(document);
  return { valid: unique.length === 0, findings: unique, dereferenced, dereferencedBy: by };
}

/** Runs swagger-parser with one of its two validators switched off. */
async function collect(document: JsonObject, disabled: 'schema' | 'spec'): Promise<DocumentFinding[]> {
  const options = { ...NO_EXTERNAL, validate: { [disabled]: false } } as SwaggerParser.Options;
  try {
    // swagger-parser dereferences in place: give it a copy.
    await SwaggerParser.validate(structuredClone(document) as never, options);
    return [];
  } catch (error) {
    return toFindings(error);
  }
}

function toFindings(error: unknown): DocumentFinding[] {
  const details = isRecord(error) || error instanceof Error ? (error as { details?: unknown }).details : undefined;
  if (Array.isArray(details) && details.length > 0) {
    return details.map((detail: AjvLikeError) => ({
      id: 'DOC-001',
      level: ruleById('DOC-001').level,
      message: describeAjvError(detail),
      pointer: detail.instancePath ?? '',
    }));
  }
  const text = error instanceof Error ? error.message : String(error);
  return [{ id: 'DOC-001', level: ruleById('DOC-001').level, message: firstLine(text) }];
}

function describeAjvError(detail: AjvLikeError): string {
  const where = detail.instancePath === undefined || detail.instancePath === '' ? '(document root)' : detail.instancePath;
  const params = detail.params ?? {};
  // The offending name is the useful part of these three (e.g. the root `webhooks` key).
  const named = params.additionalProperty ?? params.missingProperty ?? params.unevaluatedProperty;
  const suffix = typeof named === 'string' ? ` (${named})` : '';
  return `${where} ${detail.message ?? 'is invalid'}${suffix}`;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text;
}

function dedupe(findings: DocumentFinding[]): DocumentFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.pointer ?? ''}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function dereference(document: JsonObject): Promise<{ dereferenced: JsonObject; by: 'swagger-parser' | 'local' }> {
  try {
    const result = await SwaggerParser.dereference(structuredClone(document) as never, {
      ...NO_EXTERNAL,
      dereference: { circular: true },
    } as SwaggerParser.Options);
    if (isRecord(result)) return { dereferenced: result, by: 'swagger-parser' };
  } catch {
    // fall through to the local resolver
  }
  return { dereferenced: dereferenceLocally(document), by: 'local' };
}
