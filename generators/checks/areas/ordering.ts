// ORD-*: order_by directions, nulls and ties (contract §4).
import { checkEntries, ALL_PROFILES } from '../types.ts';

export const ORDERING_CHECKS = checkEntries([
  {
    id: 'ORD-001',
    rule: { module: 'generators/order/order-judge.ts', judge: 'judgeOrderedPage' },
    level: 'MUST',
    title: 'MUST order records as each direction names: AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast',
    sentence:
      "Directions (exact, case-sensitive): `AscNullsFirst`, `AscNullsLast`, `DescNullsFirst`, `DescNullsLast`. Meaning: ASC/DESC with NULLS FIRST/LAST as named, in presentation order (contract §4).",
    area: 'ordering',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 2, smoke: 1 },
  },
  {
    id: 'ORD-002',
    rule: { module: 'generators/order/order-judge.ts', judge: 'judgeDefaultDirection' },
    level: 'MUST',
    title: 'MUST sort an order_by item without a direction as AscNullsFirst, and by id when order_by is absent',
    sentence:
      'Default direction when none is given: `AscNullsFirst`. No `order_by` → parser output `[{}, {"id":"AscNullsFirst"}]`, which orders by `id` only (contract §4, §12.3).',
    area: 'ordering',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 2, smoke: 1 },
  },
  {
    id: 'ORD-003',
    rule: { module: 'generators/order/order-judge.ts', judge: 'judgeOrderedPage' },
    level: 'MUST',
    title: 'MUST order by several fields from left to right and break the remaining ties by id ascending',
    sentence:
      "Grammar: comma-separated items, each `path` or `path[DIRECTION]`; tie-breaker: `{ id: AscNullsFirst }` is appended unless the caller already ordered by `id` (contract §4).",
    area: 'ordering',
    profiles: ALL_PROFILES,
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'field kinds', install: 2, smoke: 1 },
  },
  {
    id: 'ORD-004',
    rule: { module: 'generators/order/order-judge.ts', judge: 'judgeOrderedPage' },
    level: 'MUST',
    title: 'MUST sort SELECT and RATING fields by their declared option order, not alphabetically',
    sentence:
      'ORDER BY runs in Postgres (contract §4: ASC/DESC as named) on SELECT/RATING columns, which are enums of the options the document lists in declared order (contract §7.4: `{type: string, enum: [option values]}`).',
    area: 'ordering',
    profiles: ['gate', 'install'],
    subjects: { pool: 'read objects', weight: 'probeable paths', gate: 'all', install: 2, smoke: 1 },
  },
]);
