// OAS-*: the deployment's own OpenAPI document (DESIGN §3).
import { checkEntries, ALL_PROFILES } from '../types.ts';
import { NO_SUBJECTS } from '../../selection/subjects.ts';

export const OPENAPI_CHECKS = checkEntries([
  {
    id: 'OAS-001',
    level: 'MUST',
    title: 'MUST publish a valid OpenAPI document',
    sentence: 'GET /rest/open-api/core returns an OpenAPI 3.x document that validates (DESIGN §3).',
    area: 'openapi',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'OAS-002',
    level: 'MUST',
    title: 'MUST describe the workspace objects when the header token is valid',
    sentence: 'With a valid token the full document for that token\'s workspace is returned (contract §1.6).',
    area: 'openapi',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
]);
