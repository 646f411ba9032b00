// The document findings this stage can report, as data: a stable id that survives
// rewording, a level, and a title. DOC-001 and DOC-011 are the checks OAS-001 and
// OAS-002 seen as findings: their level and title come from the check entries and
// their rules live in document-checks.ts. The others are lint rules about the
// document itself (not about the server's behaviour).
import { OPENAPI_CHECKS } from '../checks/areas/openapi.ts';
import type { CheckLevel } from '../checks/types.ts';

export type FindingLevel = 'error' | 'warning' | 'info';

export interface DocumentFinding {
  id: string;
  level: FindingLevel;
  message: string;
  /** JSON pointer of the (first) place in the document the finding is about. */
  pointer?: string;
  /** Every place, when one finding aggregates several (reported once per document). */
  pointers?: string[];
}

export interface DocumentRule {
  id: string;
  level: FindingLevel;
  title: string;
  /** The check this rule is (DOC-001 = OAS-001, DOC-011 = OAS-002): the check's entry owns level and title. */
  check?: (typeof OPENAPI_CHECKS)[number]['id'];
}

/** A failed MUST is an error about the document, a failed SHOULD a warning. */
const LEVEL_OF: Record<CheckLevel, FindingLevel> = { MUST: 'error', SHOULD: 'warning' };

/** A document rule that is a check: one definition, the check's entry. */
function checkRule<const Id extends string>(id: Id, check: DocumentRule['check'] & string): DocumentRule & { id: Id } {
  const entry = OPENAPI_CHECKS.find((candidate) => candidate.id === check);
  if (entry === undefined) throw new Error(`document rule ${id}: unknown check ${check}`);
  return { id, level: LEVEL_OF[entry.level], title: entry.title, check };
}

export const DOCUMENT_RULES = [
  checkRule('DOC-001', 'OAS-001'),
  { id: 'DOC-002', level: 'warning', title: 'The prose limit default/maximum agrees with the `limit` parameter schema' },
  { id: 'DOC-003', level: 'warning', title: 'The prose default direction agrees with the `order_by` parameter description' },
  { id: 'DOC-004', level: 'warning', title: 'The prose comparator list matches the comparators the filter grammar accepts' },
  { id: 'DOC-005', level: 'warning', title: 'The security scheme does not advise a `Bearer: ` prefix (with a colon the token is not recognised)' },
  { id: 'DOC-006', level: 'warning', title: 'pageInfo cursors are not typed `format: uuid` (real cursors are base64 JSON)' },
  { id: 'DOC-007', level: 'warning', title: 'pageInfo declares `hasPreviousPage`' },
  { id: 'DOC-008', level: 'warning', title: 'Error examples use the same `messages` property as the error body schema' },
  { id: 'DOC-009', level: 'warning', title: 'The `depth` default agrees with the server default 0' },
  { id: 'DOC-010', level: 'warning', title: 'Every list operation declares filter, order_by, limit, starting_after and ending_before' },
  checkRule('DOC-011', 'OAS-002'),
  { id: 'DOC-012', level: 'warning', title: 'The document is not a legacy document (cursor parameters instead of `last_cursor`)' },
  { id: 'DOC-013', level: 'info', title: 'The document `servers` entries (reported, never followed)' },
  { id: 'DOC-014', level: 'warning', title: 'Every field (and composite sub-field) has a kind the suite recognises; an unknown one is left out of the checks' },
] as const satisfies readonly DocumentRule[];

export type DocumentRuleId = (typeof DOCUMENT_RULES)[number]['id'];

export function ruleById(id: DocumentRuleId): DocumentRule {
  const rule = DOCUMENT_RULES.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`unknown document rule ${id}`);
  return rule;
}
