// Contract §1.6: without a valid header token the OpenAPI route serves only the
// base document, so a query-string token must not reveal the workspace's object
// paths. Pure: which of the known list paths (relative to the REST root, as the
// catalogue gives them) a document describes, whether it writes them `/companies` or
// with a prefix such as `/rest/companies`.
import { objectPathPrefix } from '../openapi/catalogue.ts';
import type { Finding } from './answer-rules.ts';

export function describedListPaths(document: unknown, listPaths: readonly string[]): string[] {
  if (document === null || typeof document !== 'object') return [];
  const paths = (document as { paths?: unknown }).paths;
  if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) return [];
  const prefixes = [...new Set(['', '/rest', objectPathPrefix(document)])];
  return listPaths.filter((path) => prefixes.some((prefix) => Object.prototype.hasOwnProperty.call(paths, `${prefix}${path}`)));
}

/**
 * AUTH-010: the document answered to `?token=<valid key>` describes none of the
 * workspace's list paths (it is the base document). Judged only when the document
 * read with the header key describes some (else their absence proves nothing).
 */
export function judgeQueryTokenDocument(answer: { status: number; json: unknown }, listPaths: readonly string[]): Finding | null {
  const exposed = describedListPaths(answer.json, listPaths);
  if (exposed.length === 0) return null;
  return {
    received: `HTTP ${answer.status}, a document describing ${exposed.join(', ')}`,
    expected: 'the base document only (no object paths): the query-string token is ignored',
  };
}
