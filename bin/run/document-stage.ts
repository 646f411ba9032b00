// The OpenAPI stage of a run: load (deployment, file or URL), validate, lint,
// catalogue. A document that cannot be loaded stops the run with exit 2; an
// invalid one is reported by the OAS checks and still catalogued best-effort.
import type { Pacer } from '../../generators/client/pacer.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import type { RunConfig } from '../../generators/config/run-config.ts';
import { analyseDocument } from '../../generators/openapi/analyse.ts';
import { analyseMetadataDocument } from '../../generators/openapi/metadata-analysis.ts';
import type { MetadataDocumentState } from '../../runtime/run-state.ts';
import type { Catalogue } from '../../generators/openapi/catalogue-types.ts';
import type { DocumentFinding } from '../../generators/openapi/document-rules.ts';
import { DocumentLoadError, loadDocument, type DocumentSource } from '../../runtime/openapi/load.ts';
import { redactToken } from '../../generators/openapi/redact.ts';

export interface DocumentStage {
  origin: string;
  document: unknown;
  valid: boolean;
  validationErrors: string[];
  findings: DocumentFinding[];
  catalogue: Catalogue;
  metadata: MetadataDocumentState;
}

/** The core document's findings, then the metadata document's (named as such): both are reported apart from checks. */
export function documentFindings(stage: Pick<DocumentStage, 'findings' | 'metadata'>): DocumentFinding[] {
  const metadata = 'findings' in stage.metadata ? stage.metadata.findings : [];
  return [...stage.findings, ...metadata.map((finding) => ({ ...finding, message: `metadata document: ${finding.message}` }))];
}

/**
 * The metadata document: the one loaded beside the core document, else (a core
 * document from a file or URL) the deployment's `/rest/open-api/metadata`.
 */
async function metadataStage(
  loaded: { metadata?: Record<string, unknown> | null; metadataProblem?: string },
  target: { baseUrl: string; token: string },
  timeoutMs: number,
): Promise<MetadataDocumentState> {
  const source = `${target.baseUrl.replace(/\/+$/, '')}/rest/open-api/metadata`;
  let document = loaded.metadata;
  if (document === null) return { source, problem: loaded.metadataProblem ?? 'not loaded' };
  if (document === undefined) {
    try {
      document = (await loadDocument({ kind: 'url', url: source }, { token: target.token, timeoutMs })).document;
    } catch (error) {
      return { source, problem: redactToken(error instanceof Error ? error.message : String(error), target.token) };
    }
  }
  const analysis = await analyseMetadataDocument(document);
  return { source, ...analysis };
}

function sourceOf(config: RunConfig, baseUrl: string): DocumentSource {
  if (!config.openapi) return { kind: 'deployment', baseUrl };
  return /^https?:\/\//i.test(config.openapi) ? { kind: 'url', url: config.openapi } : { kind: 'file', path: config.openapi };
}

/**
 * A base document (no object paths) from a deployment means the token was not
 * accepted, or the server ignores it. One authenticated request tells which.
 */
async function tokenRejected(baseUrl: string, token: string, timeoutMs: number, pacer: Pacer | undefined): Promise<number | null> {
  try {
    const sent = await pacer?.acquire();
    const answer = fetch(`${baseUrl}/rest/companies?limit=1`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    sent?.();
    const response = await answer;
    await response.body?.cancel();
    return response.status === 401 || response.status === 403 ? response.status : null;
  } catch {
    return null;
  }
}

export async function runDocumentStage(
  config: RunConfig,
  target: { baseUrl: string; token: string; embedded: boolean },
  io: { stdout: (line: string) => void },
  pacer?: Pacer,
): Promise<DocumentStage> {
  const source = sourceOf(config, target.baseUrl);
  let loaded;
  try {
    // The document fetch (and its retries) takes its slots from the run's pacer like every other request.
    const pacedFetch: typeof fetch = async (input, init) => {
      const sent = await pacer?.acquire();
      const answer = fetch(input, init);
      sent?.();
      return answer;
    };
    loaded = await loadDocument(source, { token: target.token, timeoutMs: config.timeoutMs, ...(pacer ? { fetch: pacedFetch } : {}) });
  } catch (error) {
    if (error instanceof DocumentLoadError) throw new UsageError(redactToken(error.message, target.token));
    throw error;
  }
  const { document } = loaded;
  // A schema-invalid document is still tested (OAS-001 reports it); something that
  // is not an OpenAPI document at all leaves nothing to test.
  if (typeof document.openapi !== 'string' || typeof document.paths !== 'object' || document.paths === null) {
    throw new UsageError(
      `${loaded.origin} is not an OpenAPI 3.x document (no "openapi" version or no "paths"). Point --openapi or --base-url at Twenty's /rest/open-api/core.`,
    );
  }
  const analysis = await analyseDocument(document);
  if (analysis.catalogue.baseDocumentOnly && source.kind === 'deployment') {
    const status = await tokenRejected(target.baseUrl, target.token, config.timeoutMs, pacer);
    if (status !== null) {
      throw new UsageError(
        `${target.baseUrl} rejected the API key (HTTP ${status}) and served only the base OpenAPI document: check TWENTY_API_KEY (or --token-file) and that the key belongs to this workspace.`,
      );
    }
    io.stdout('note: the deployment accepted the key but its document describes no objects; OAS-002 will fail.');
  }
  return {
    origin: loaded.origin,
    document: loaded.document,
    valid: analysis.validationErrors.length === 0,
    validationErrors: analysis.validationErrors,
    findings: analysis.findings,
    catalogue: analysis.catalogue,
    metadata: await metadataStage(loaded, target, config.timeoutMs),
  };
}
