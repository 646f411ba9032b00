// RESP-*: envelopes and record schemas of read operations (contract §1.2, §1.3).
import { checkEntries, ALL_PROFILES } from '../types.ts';

export const RESPONSE_CHECKS = checkEntries([
  {
    id: 'RESP-001',
    rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeListEnvelope' },
    level: 'MUST',
    title: 'MUST answer a list request with the documented list envelope',
    sentence: 'GET /rest/{plural} → 200 {data:{<plural>:[…]}, totalCount, pageInfo} (contract §1.2).',
    area: 'responses',
    profiles: ALL_PROFILES,
  },
  {
    id: 'RESP-002',
    rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeRecordEnvelope' },
    level: 'MUST',
    title: 'MUST answer a get-one request with the documented record envelope',
    sentence: 'GET /rest/{plural}/{id} → 200 {data:{<singular>:{…}}} (contract §1.2).',
    area: 'responses',
    profiles: ALL_PROFILES,
  },
  {
    id: 'RESP-003',
    rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeDocumentedBody' },
    level: 'MUST',
    title: 'MUST return records that match the document\'s response schema',
    sentence: 'Every response is valid against the schema the document gives for its operation and status (DESIGN §3).',
    area: 'responses',
    profiles: ALL_PROFILES,
  },
  {
    id: 'RESP-004',
    rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeNotFound' },
    level: 'MUST',
    title: 'MUST answer an unknown record id with 404 and the error body',
    sentence: 'Find one on a non-existent id → 404 {"statusCode":404,"error":"NotFoundException","messages":["Record not found"]} (contract §1.3).',
    area: 'responses',
    profiles: ALL_PROFILES,
  },
  {
    id: 'RESP-005',
    rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeProjection' },
    level: 'MUST',
    title: 'MUST return only the asked fields, plus id, when `fields` is given',
    sentence: '`fields` (comma list, trimmed, de-duplicated; `id` always returned) (contract §5.5, era D).',
    area: 'responses',
    profiles: ALL_PROFILES,
  },
  {
    id: 'RESP-006',
    rule: { module: 'generators/contracts/read-judges.ts', judge: 'judgeUnknownFieldRefusal' },
    level: 'MUST',
    title: 'MUST refuse an unknown field in `fields` with 400 and the error body',
    sentence: "unknown/unreadable → 400 `'fields' parameter invalid. Unknown or unreadable fields on '<singular>': …` (contract §5.5).",
    area: 'responses',
    profiles: ALL_PROFILES,
  },
]);
