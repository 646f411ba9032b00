// Writes reference/datamodel/workspace-2026.core.json: the OpenAPI core document of
// the 2026-shaped standard workspace (reference/datamodel/workspace-2026.ts), as the
// reference serves it. Run after changing the definition: node --import tsx scripts/generate-workspace-2026.ts
import { writeFileSync } from 'node:fs';
import { WORKSPACE_2026_DOCUMENT_PATH, workspace2026Document } from '../reference/datamodel/workspace-2026-document.ts';

writeFileSync(WORKSPACE_2026_DOCUMENT_PATH, `${JSON.stringify(workspace2026Document(), null, 1)}\n`);
process.stdout.write(`wrote ${WORKSPACE_2026_DOCUMENT_PATH}\n`);
