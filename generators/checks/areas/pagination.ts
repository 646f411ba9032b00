// PAG-*: cursor pagination, limit, pageInfo, totalCount (contract §5).
import { checkEntries, ALL_PROFILES } from '../types.ts';

export const PAGINATION_CHECKS = checkEntries([
  {
    id: 'PAG-001',
    rule: { module: 'generators/pagination/walk.ts', judge: 'judgeForwardWalk' },
    level: 'MUST',
    title: 'MUST return every record exactly once and in order when walking forward with starting_after',
    sentence:
      '`starting_after=c` returns the records strictly after `c` in the requested order; the cursor condition is `(filter) AND (keyset OR-chain)`, so filters and ordering combine with cursors (contract §5.3).',
    area: 'pagination',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-002',
    rule: { module: 'generators/pagination/walk.ts', judge: 'judgeBackwardWalk' },
    level: 'MUST',
    title: 'MUST return the records before the cursor, in the requested order, when walking backward with ending_before',
    sentence:
      '`ending_before=c` returns the `limit` records strictly before `c`, presented in the requested order; the scan flips both the sort direction and the nulls placement, then reverses the page (contract §5.3, §4).',
    area: 'pagination',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-003',
    rule: { module: 'generators/pagination/page-rules.ts', judge: 'judgeStepBack' },
    level: 'MUST',
    title: "MUST step back to the previous page when ending_before is a page's startCursor",
    sentence:
      '`ending_before=c` returns the `limit` records strictly before `c`, presented in the requested order; on a backward page `hasNextPage` = a non-empty `ending_before` was given and `hasPreviousPage` = more records exist before the page (contract §5.3).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-004',
    rule: { module: 'generators/pagination/page-rules.ts', judge: 'judgeForwardPage' },
    level: 'MUST',
    title: 'MUST set hasNextPage, hasPreviousPage and the cursors of a forward page as era D defines them',
    sentence:
      'Forward pages: `hasNextPage` = more records exist after the page; `hasPreviousPage` = a non-empty `starting_after` was given (contract §5.3). `startCursor` = cursor of the first record of the page, `endCursor` = of the last; both `null` for an empty page (contract §5.2).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-005',
    rule: { module: 'generators/pagination/page-rules.ts', judge: 'judgeTotalCount' },
    level: 'MUST',
    title: 'MUST count in totalCount every record the filter matches, whatever the cursor and the limit',
    sentence:
      '`totalCount`: count of all records matching `filter` (soft-deleted excluded unless `deletedAt` filtered), ignoring the cursor and the limit (contract §5.4).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-006',
    rule: { module: 'generators/pagination/page-rules.ts', judge: 'judgeClampedLimit' },
    level: 'MUST',
    title: "MUST clamp a limit above the document's maximum instead of refusing or honouring it",
    sentence:
      "Above the maximum: era C/D silently clamps to `QUERY_MAX_RECORDS` (no error); the maximum comes from the document's `limit` parameter schema (contract §5.1, DESIGN §6).",
    area: 'pagination',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-007',
    rule: { module: 'generators/pagination/page-rules.ts', judge: 'judgeDefaultLimit' },
    level: 'MUST',
    title: "MUST return a page of the document's default limit when limit is absent",
    sentence:
      'Absent or empty (`limit=`) → default `QUERY_DEFAULT_LIMIT_RECORDS` = 60 (contract §5.1; the document\'s `limit` default when it gives one, DESIGN §6).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-008',
    rule: { module: 'generators/pagination/cursor-refusal.ts', judge: 'judgeCursorRefusal' },
    level: 'MUST',
    title: 'MUST reject a cursor that does not decode with 400 "Invalid cursor"',
    sentence:
      'Decoding: base64 decode (lenient) then `JSON.parse`; failure → 400 `{"statusCode":400,"error":"BadRequestException","messages":["Invalid cursor: <cursor>"]}` (contract §5.2, §12.5).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-009',
    rule: { module: 'generators/pagination/cursor-refusal.ts', judge: 'judgeCursorRefusal' },
    level: 'MUST',
    title: 'MUST reject starting_after together with ending_before with 400',
    sentence: 'Both parameters together: era C/D → 400 `Cannot provide both before and after` (contract §5.3, §6.2).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'PAG-010',
    rule: { module: 'generators/pagination/page-rules.ts', judge: 'judgeLastPage' },
    level: 'SHOULD',
    title: 'SHOULD answer an empty ending_before with the last page',
    sentence:
      '`ending_before=` (empty) is not ignored: a backward scan with no cursor returns the last `limit` records in the requested order, with `hasPreviousPage` = "more records exist" and `hasNextPage` = false (contract §12.4).',
    area: 'pagination',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
]);
