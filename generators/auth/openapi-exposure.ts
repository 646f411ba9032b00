// Contract §1.6: without a valid header token the OpenAPI route serves only the
// base document, so a query-string token must not reveal the workspace's object
// paths. Pure: which of the known list paths a document describes.

export function describedListPaths(document: unknown, listPaths: readonly string[]): string[] {
  if (document === null || typeof document !== 'object') return [];
  const paths = (document as { paths?: unknown }).paths;
  if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) return [];
  return listPaths.filter((path) => Object.prototype.hasOwnProperty.call(paths, path));
}
