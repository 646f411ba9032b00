// The large test workspace as an OpenAPI core document (the reference's generator,
// a fixed origin and Twenty's current limits), and where it is kept.
import { fileURLToPath } from 'node:url';
import { fullCoreDocument } from '../openapi/core-document.ts';
import { DEFAULT_MAX_LIMIT } from '../limits.ts';
import { LARGE_WORKSPACE } from './large-workspace.ts';

export const LARGE_WORKSPACE_DOCUMENT_PATH = fileURLToPath(new URL('./large-workspace.core.json', import.meta.url));

export function largeWorkspaceDocument(): Record<string, unknown> {
  return fullCoreDocument(LARGE_WORKSPACE, 'https://large-workspace.example.test', { defaultLimit: 60, maxLimit: DEFAULT_MAX_LIMIT });
}
