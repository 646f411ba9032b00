// The catalogue of check IDs. Specs tag their tests with these IDs; waivers,
// `--check` and the summary table key on them.
import type { CheckDef } from './types.ts';

const ALL = ['gate', 'install', 'smoke'] as const;

export const CHECKS: readonly CheckDef[] = [
  // The OpenAPI document itself.
  {
    id: 'OAS-001',
    level: 'MUST',
    title: 'MUST publish a valid OpenAPI document',
    sentence: 'GET /rest/open-api/core returns an OpenAPI 3.x document that validates (DESIGN §3).',
    area: 'openapi',
    profiles: ALL,
  },
  {
    id: 'OAS-002',
    level: 'MUST',
    title: 'MUST describe the workspace objects when the header token is valid',
    sentence: 'With a valid token the full document for that token\'s workspace is returned (contract §1.6).',
    area: 'openapi',
    profiles: ALL,
  },
  // Response contracts.
  {
    id: 'RESP-001',
    level: 'MUST',
    title: 'MUST answer a list request with the documented list envelope',
    sentence: 'GET /rest/{plural} → 200 {data:{<plural>:[…]}, totalCount, pageInfo} (contract §1.2).',
    area: 'responses',
    profiles: ALL,
  },
  {
    id: 'RESP-002',
    level: 'MUST',
    title: 'MUST answer a get-one request with the documented record envelope',
    sentence: 'GET /rest/{plural}/{id} → 200 {data:{<singular>:{…}}} (contract §1.2).',
    area: 'responses',
    profiles: ALL,
  },
  {
    id: 'RESP-003',
    level: 'MUST',
    title: 'MUST return records that match the document\'s response schema',
    sentence: 'Every response is valid against the schema the document gives for its operation and status (DESIGN §3).',
    area: 'responses',
    profiles: ALL,
  },
  {
    id: 'RESP-004',
    level: 'MUST',
    title: 'MUST answer an unknown record id with 404 and the error body',
    sentence: 'Find one on a non-existent id → 404 {"statusCode":404,"error":"NotFoundException","messages":["Record not found"]} (contract §1.3).',
    area: 'responses',
    profiles: ALL,
  },
];

export function findCheck(id: string): CheckDef | undefined {
  return CHECKS.find((check) => check.id === id);
}
