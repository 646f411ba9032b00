// FLT-*: filter semantics against the local oracle (contract §3) and metamorphic
// relations that need none. All are read-only; the two about the parser's exact
// answers to odd or malformed strings stay out of smoke for its request budget.
import { checkEntries, ALL_PROFILES } from '../types.ts';

/** Read-only, but too many requests for smoke's budget. */
const BEYOND_SMOKE = ['gate', 'install'] as const;

export const FILTER_CHECKS = checkEntries([
  {
    id: 'FLT-001',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST return exactly the records a filter selects',
    sentence:
      '`filter=field[comparator]:value`, composite `field.sub`, groups `and(…)`, `or(…)`, `not(…)`, with the SQL meaning of each comparator on each field kind (contract §3.1, §3.3, §3.4); totalCount counts the filtered records (§5.4).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-002',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST match like, startsWith and endsWith case-sensitively and ilike case-insensitively',
    sentence:
      'like: `col::text LIKE v`, case-sensitive, pattern as given; ilike: `col::text ILIKE v`, case-insensitive; startsWith: `col::text ^@ v`; endsWith: `RIGHT(col::text, LENGTH(v)) = v` (contract §3.4).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-003',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST exclude NULL rows from neq',
    sentence: 'neq: `col != v` — rows where col IS NULL are excluded (SQL three-valued logic) (contract §3.4).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-004',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST treat the empty string as NULL for is:NULL on text fields',
    sentence:
      'For TEXT-like columns `is:NULL` becomes `IS NULL OR col = \'\'`, while `is:NOT_NULL` stays plain `IS NOT NULL`; `eq:""` also matches NULL (contract §3.4, null-equivalent values).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-005',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST answer not(A) with the records where A is false, excluding those where A is unknown',
    sentence: 'not(…): `NOT (…)` around the child condition; rows where the child evaluates to NULL are also excluded (contract §3.4).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-006',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST combine or(…) as a union and and(…) as an intersection',
    sentence: 'Groups `and(…)`, `or(…)` produce `{ "and": [children] }` / `{ "or": [children] }` and nest to any depth (contract §3.1).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-007',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST keep gt and lt strict and gte and lte inclusive',
    sentence: 'gt / gte / lt / lte: plain comparisons (contract §3.4).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-008',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST compare date-time values by the whole millisecond',
    sentence:
      'DATE_TIME eq matches the whole millisecond `[v, v+1ms)`; neq is outside it; `gt` means `>= v+1ms`, `lte` means `< v+1ms` (contract §3.4).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-009',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST filter composite fields through their sub-fields',
    sentence:
      'The field path is split on `.`: `emails.primaryEmail[eq]:foo@x.com` → `{ emails: { primaryEmail: { eq: … } } }`; the sub-field\'s own type decides the allowed operators (contract §3.1, §3.3).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-010',
    rule: { module: 'generators/filter/metamorphic.ts', judge: 'judgeBooleanLaws' },
    level: 'MUST',
    title: 'MUST give answers that obey the laws of three-valued logic',
    sentence:
      'SQL three-valued logic as Twenty implements it: F and not(F) are disjoint, and(F,G) = F ∩ G, or(F,G) = F ∪ G, and(F) = F (contract §3.4; DESIGN §6).',
    area: 'filters',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-011',
    rule: { module: 'generators/filter/selection-judge.ts', judge: 'judgeSelection' },
    level: 'MUST',
    title: 'MUST read quoting and root groups in a filter string as Twenty\'s parser does',
    sentence:
      'A filter is wrapped as `and(<filter>)` unless the whole string is one group (§3.1 step 3, §12.6); a comma inside quotes does not split; quotes are stripped when the first and last characters are quote characters (§3.1 step 5, §12.7).',
    area: 'filters',
    profiles: BEYOND_SMOKE,
    subjects: { pool: 'read objects', weight: 'filterable pairs', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'FLT-012',
    rule: { module: 'generators/filter/parser-judge.ts', judge: 'judgeParserRejection' },
    level: 'MUST',
    title: 'MUST reject malformed filter strings with 400 and the parser\'s message',
    sentence:
      'Leaf, comparator, array-value, bracket-count and not-arity errors are 400 with the texts of contract §3.1, §12.8 and §12.10 (e.g. `\'filter\' invalid for \'or()\'. eg: price[gte]:10`).',
    area: 'filters',
    profiles: BEYOND_SMOKE,
    subjects: { pool: 'described objects', weight: 'filterable pairs', gate: 1, install: 1, smoke: 1 },
  },
]);
