// The document stage's verdicts as checks: OAS-001 and OAS-002 are the document
// rules DOC-001 and DOC-011 (generators/openapi/document-checks.ts). The other lint
// findings are not checks: they are reported apart, as findings about the
// document (DESIGN §6).
import { judgeDocumentValidity, judgeWorkspaceObjects } from '../generators/openapi/document-checks.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { defineCheck } from './support/define-check.ts';
import { fail } from './support/verdicts.ts';

const state = loadRunState();

defineCheck('OAS-001', null, async () => {
  const failure = judgeDocumentValidity(state.document);
  if (failure) fail(failure);
});

defineCheck('OAS-002', null, async ({ catalogue }) => {
  const failure = judgeWorkspaceObjects(catalogue);
  if (failure) fail(failure);
});
