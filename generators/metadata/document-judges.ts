// META-001…003: the metadata document (contract §1.6). META-001 judges what the run
// loaded from /rest/open-api/metadata (validated and catalogued before the checks),
// META-002 the /open-api/metadata alias against it, META-003 its servers entry
// against the base URL in use (a document finding, DESIGN §5).
import { serversMismatch } from '../openapi/metadata-catalogue.ts';
import type { Answer, Finding, Located } from '../operations/finding.ts';

/** The metadata document stage of the run: loaded and analysed, or why it could not be loaded. */
export type MetadataDocumentStage =
  | { source: string; valid: boolean; validationErrors: readonly string[]; catalogue: { baseDocumentOnly: boolean } }
  | { source: string; problem: string };

export function judgeMetadataDocument(stage: MetadataDocumentStage): Finding | null {
  if ('problem' in stage) return { received: stage.problem, expected: `a metadata OpenAPI document at ${stage.source}` };
  if (!stage.valid) {
    return { received: `${stage.validationErrors.length} validation error(s): ${stage.validationErrors.slice(0, 3).join('; ')}`, expected: 'a valid OpenAPI 3.0/3.1 document' };
  }
  if (stage.catalogue.baseDocumentOnly) {
    return { received: `${stage.source} with the header token lists no metadata resource (base document only)`, expected: 'paths for the workspace metadata resources (/objects, /fields, …)' };
  }
  return null;
}

const pathsOf = (json: unknown) => Object.keys(((json as Record<string, unknown>)['paths'] ?? {}) as Record<string, unknown>).sort();

/** The document at /rest/open-api/metadata (`main`) and at /open-api/metadata (`alias`): both served, the same paths. */
export function judgeDocumentAliases(main: Answer, alias: Answer): Located<'main' | 'alias'> | null {
  for (const [at, answer] of [['main', main], ['alias', alias]] as const) {
    if (answer.status !== 200 || typeof answer.json !== 'object' || answer.json === null) {
      return { at, received: `HTTP ${answer.status}`, expected: 'HTTP 200 with the metadata document on both aliases' };
    }
  }
  const [a, b] = [pathsOf(main.json), pathsOf(alias.json)];
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  return { at: 'alias', received: `/open-api/metadata lists ${b.length} paths (${b.slice(0, 5).join(', ')}…)`, expected: `the ${a.length} paths of /rest/open-api/metadata` };
}

/** The document's servers must name `<base URL>/rest/metadata`. */
export function judgeServers(servers: readonly string[], baseUrl: string): Finding | null {
  const problem = serversMismatch(servers, baseUrl);
  return problem ? { received: problem, expected: `servers naming ${baseUrl.replace(/\/+$/, '')}/rest/metadata, the base URL in use` } : null;
}
