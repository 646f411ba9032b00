// RESP-*: envelopes and record schemas of read operations (contract §1.2, §1.3).
import { checkEntries, ALL_PROFILES } from '../types.ts';

export const RESPONSE_CHECKS = checkEntries([
  {
    id: 'RESP-001',
    level: 'MUST',
    title: 'MUST answer a list request with the documented list envelope',
    sentence: 'GET /rest/{plural} → 200 {data:{<plural>:[…]}, totalCount, pageInfo} (contract §1.2).',
    area: 'responses',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'fields', gate: 'all', install: 6, smoke: 4 },
  },
  {
    id: 'RESP-002',
    level: 'MUST',
    title: 'MUST answer a get-one request with the documented record envelope',
    sentence: 'GET /rest/{plural}/{id} → 200 {data:{<singular>:{…}}} (contract §1.2).',
    area: 'responses',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'fields', gate: 'all', install: 6, smoke: 4 },
  },
  {
    id: 'RESP-003',
    level: 'MUST',
    title: 'MUST return records that match the document\'s response schema',
    sentence: 'Every response is valid against the schema the document gives for its operation and status (DESIGN §3).',
    area: 'responses',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'fields', gate: 'all', install: 6, smoke: 4 },
  },
  {
    id: 'RESP-004',
    level: 'MUST',
    title: 'MUST answer an unknown record id with 404 and the error body',
    sentence: 'Find one on a non-existent id → 404 {"statusCode":404,"error":"NotFoundException","messages":["Record not found"]} (contract §1.3).',
    area: 'responses',
    profiles: ALL_PROFILES,
    subjects: { pool: 'described objects', weight: 'fields', gate: 'all', install: 6, smoke: 4 },
  },
  {
    id: 'RESP-005',
    level: 'MUST',
    title: 'MUST return only the asked fields, plus id, when `fields` is given',
    sentence: '`fields` (comma list, trimmed, de-duplicated; `id` always returned) (contract §5.5, era D).',
    area: 'responses',
    profiles: ALL_PROFILES,
    subjects: { pool: 'subjects of RESP-001', weight: 'pool order', gate: 'all', install: 2, smoke: 1 },
  },
  {
    id: 'RESP-006',
    level: 'MUST',
    title: 'MUST refuse an unknown field in `fields` with 400 and the error body',
    sentence: "unknown/unreadable → 400 `'fields' parameter invalid. Unknown or unreadable fields on '<singular>': …` (contract §5.5).",
    area: 'responses',
    profiles: ALL_PROFILES,
    subjects: { pool: 'subjects of RESP-001', weight: 'pool order', gate: 'all', install: 2, smoke: 1 },
  },
]);
