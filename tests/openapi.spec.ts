// The document stage's verdicts as checks. Lint findings are not checks: they are
// reported apart, as findings about the document (DESIGN §6).
import { loadRunState } from './support/run-state.ts';
import { defineCheck } from './support/define-check.ts';
import { fail } from './support/verdicts.ts';

const state = loadRunState();

defineCheck('OAS-001', null, async () => {
  const { document } = state;
  if (document.validationErrors.length > 0) {
    fail({
      received: `${document.validationErrors.length} validation error(s) in ${document.source}: ${document.validationErrors.slice(0, 5).join(' | ')}`,
      expected: `a valid OpenAPI ${document.openapiVersion || '3.x'} document`,
      hint: 'The catalogue was still built best-effort, so the other checks ran.',
    });
  }
});

defineCheck('OAS-002', null, async ({ catalogue }) => {
  if (catalogue.objects.length === 0) {
    fail({
      received: catalogue.baseDocumentOnly
        ? 'the base document only (no object paths, no schemas)'
        : 'a document without any object list path',
      expected: 'the full document of the token\'s workspace: /{plural} paths and per-object schemas',
    });
  }
});
