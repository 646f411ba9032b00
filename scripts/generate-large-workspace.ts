// Writes reference/datamodel/large-workspace.core.json: the OpenAPI core document of
// the large test workspace (reference/datamodel/large-workspace.ts), as the reference
// serves it. Run after changing the definition: node --import tsx scripts/generate-large-workspace.ts
import { writeFileSync } from 'node:fs';
import { LARGE_WORKSPACE_DOCUMENT_PATH, largeWorkspaceDocument } from '../reference/datamodel/large-workspace-document.ts';

writeFileSync(LARGE_WORKSPACE_DOCUMENT_PATH, `${JSON.stringify(largeWorkspaceDocument(), null, 1)}\n`);
process.stdout.write(`wrote ${LARGE_WORKSPACE_DOCUMENT_PATH}\n`);
