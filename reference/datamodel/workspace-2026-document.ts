// The 2026-shaped standard workspace as the OpenAPI core document Twenty would
// generate for it (the reference's generator, a fixed origin, Twenty's current
// limits; morph `target<X>` fields typed as plain strings), and where it is kept.
import { fileURLToPath } from 'node:url';
import { fullCoreDocument } from '../openapi/core-document.ts';
import { DEFAULT_MAX_LIMIT } from '../limits.ts';
import { WORKSPACE_2026 } from './workspace-2026.ts';

export const WORKSPACE_2026_DOCUMENT_PATH = fileURLToPath(new URL('./workspace-2026.core.json', import.meta.url));

export function workspace2026Document(): Record<string, unknown> {
  return fullCoreDocument(WORKSPACE_2026, 'https://workspace-2026.example.test', { defaultLimit: 60, maxLimit: DEFAULT_MAX_LIMIT });
}
