// ROB-*: malformed and fuzzed input gets a clear 4xx (contract §6): never a 5xx,
// never an acceptance of what Twenty's parsers refuse, never a leak.
import { checkEntries, ALL_PROFILES, WRITE_PROFILES } from '../types.ts';

export const ROBUSTNESS_CHECKS = checkEntries([
  {
    id: 'ROB-001',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeRejectionStatus' },
    level: 'MUST',
    title: 'MUST answer a filter its grammar refuses with 400',
    sentence:
      "Unbalanced brackets → 400 \"'filter' invalid. <n> close bracket is missing in the query\"; a leaf not matching field[op]:value, an unknown comparator, an empty group or child, 'not' with more than one condition, 'in' without a [list] → 400 (contract §3.1, §3.2, §12.7, §12.8, §12.10, §6.2).",
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-002',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeRejectionStatus' },
    level: 'MUST',
    title: 'MUST answer a filter on an unknown field, a refused operator or a mistyped value with 400',
    sentence:
      'Unknown field → `Object <singular> doesn\'t have any "<key>" field.`; operator not allowed for the type, invalid number/boolean/UUID/date value, `is` other than NULL/NOT_NULL, composite without sub-field, relation by name → 400 BadRequestException (contract §3.3, §6.2).',
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-003',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeRejectionStatus' },
    level: 'MUST',
    title: 'MUST answer a malformed order_by with 400',
    sentence:
      "Invalid direction → 400 \"'order_by' direction '<d>' invalid. …\"; unknown field, empty or untrimmed item → 400 'Field \"<f>\" does not exist or is not sortable'; composite without sub-field → 400 (contract §4, §12.2, §12.3).",
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-004',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeRejectionStatus' },
    level: 'MUST',
    title: 'MUST answer an invalid limit or depth with 400',
    sentence:
      "limit NaN or negative (or repeated) → 400 \"limit '<raw>' is invalid. Should be an integer\"; depth other than 0 or 1 → 400 \"'depth=<raw>' parameter invalid. Allowed values are 0, 1\" (contract §5.1, §5.6, §12.1, §12.9).",
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-005',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeRejectionStatus' },
    level: 'MUST',
    title: 'MUST answer a malformed cursor with 400',
    sentence:
      'Undecodable cursor → 400 "Invalid cursor: <cursor>"; a cursor missing an order-by key or id → 400 "Cursor is missing the value for orderBy field …"; starting_after with ending_before → 400 "Cannot provide both before and after" (contract §5.2, §5.3, §12.5).',
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-006',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeRejectionStatus' },
    level: 'MUST',
    title: 'MUST answer a non-UUID record id or an unknown object with 400',
    sentence:
      "A second path segment that is not a valid UUID → 400 \"'<segment>' is not a valid UUID\"; an unknown plural → 400 \"object '<x>' not found. …\" (contract §1.1, §9 find-one).",
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-007',
    rule: { module: 'generators/robustness/judge.ts', judge: 'judgeErrorBody' },
    level: 'MUST',
    title: 'MUST answer a rejected request with the error body whose statusCode is the HTTP status',
    sentence:
      'Errors after auth are rendered as {"statusCode": <n>, "error": "<ExceptionClassName>", "messages": ["<message>"]}; statusCode is the HTTP status (contract §6.1).',
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-008',
    rule: { module: 'generators/robustness/leaks.ts', judge: 'judgeNoLeak' },
    level: 'MUST',
    title: 'MUST NOT leak stack traces, database internals, file paths or tokens in an answer to malformed input',
    sentence:
      'The error body carries the exception class name and its message only (contract §6.1); internal database failures are 500s, not client messages (§6.1, §6.2); a request never gets its credential back (DESIGN §2).',
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
  {
    id: 'ROB-009',
    rule: { module: 'generators/robustness/still-serving.ts', judge: 'judgeStillServing' },
    level: 'MUST',
    title: 'MUST keep answering ordinary requests after hostile ones',
    sentence: 'GET /rest/{plural} → 200 with the list envelope (contract §1.2), also right after deeply nested, very long and malformed inputs.',
    area: 'robustness',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 1, install: 1, smoke: 1 },
  },
  {
    id: 'ROB-010',
    rule: { module: 'generators/robustness/refused-body.ts', judge: 'judgeRefusedBody' },
    level: 'MUST',
    title: 'MUST refuse a malformed or non-object JSON body with a 4xx and write nothing',
    sentence:
      'Parsing and validation errors are 4xx answers (contract §6.2); a failed request changes no data, so totalCount is unchanged (§1.3, §5.4).',
    area: 'robustness',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 1, smoke: 1 },
  },
]);
