// OAS-*: the deployment's own OpenAPI document (DESIGN §3). OAS-001 and OAS-002 are
// also the document rules DOC-001 and DOC-011 (generators/openapi/document-rules.ts
// takes their level and title from these entries).
import { checkEntries, ALL_PROFILES } from '../types.ts';
import { NO_SUBJECTS } from '../../selection/subjects.ts';

export const OPENAPI_CHECKS = checkEntries([
  {
    id: 'OAS-001',
    rule: { module: 'generators/openapi/document-checks.ts', judge: 'judgeDocumentValidity' },
    level: 'MUST',
    title: 'MUST publish a valid OpenAPI document',
    sentence: 'GET /rest/open-api/core returns an OpenAPI 3.x document that validates (DESIGN §3).',
    area: 'openapi',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'OAS-002',
    rule: { module: 'generators/openapi/document-checks.ts', judge: 'judgeWorkspaceObjects' },
    level: 'MUST',
    title: 'MUST describe the workspace objects when the header token is valid',
    sentence: 'With a valid token the full document for that token\'s workspace is returned (contract §1.6).',
    area: 'openapi',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
]);
