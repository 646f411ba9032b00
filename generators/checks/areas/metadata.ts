// META-*: the metadata API (/rest/metadata/*, contract §1.5), its document
// (/rest/open-api/metadata and /open-api/metadata, §1.6) and the deprecated
// /rest/webhooks and /rest/apiKeys aliases. Lists obey the same envelope,
// pagination, cursor and AUTH laws as the core API, with raw-UUID cursors.
import { checkEntries, ALL_PROFILES } from '../types.ts';
import { NO_SUBJECTS } from '../../selection/subjects.ts';

const READS = ['gate', 'install'] as const;

export const METADATA_CHECKS = checkEntries([
  {
    id: 'META-001',
    rule: { module: 'generators/metadata/document-judges.ts', judge: 'judgeMetadataDocument' },
    level: 'MUST',
    title: 'MUST publish a valid metadata OpenAPI document at /rest/open-api/metadata',
    sentence:
      'Four aliases serve the documents, among them `GET /rest/open-api/metadata`; with a valid token the full document for the workspace is returned (contract §1.6). It is validated, linted and catalogued like the core document; its prose is the seed\'s.',
    area: 'metadata',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'META-002',
    rule: { module: 'generators/metadata/document-judges.ts', judge: 'judgeDocumentAliases' },
    level: 'MUST',
    title: 'MUST serve the same metadata document on the /open-api/metadata alias',
    sentence: 'Four aliases: `GET /open-api/core`, `GET /rest/open-api/core`, `GET /open-api/metadata`, `GET /rest/open-api/metadata` (contract §1.6).',
    area: 'metadata',
    profiles: READS,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'META-003',
    rule: { module: 'generators/metadata/document-judges.ts', judge: 'judgeServers' },
    level: 'SHOULD',
    title: "SHOULD name the base URL in use in the metadata document's servers",
    sentence:
      "The document's `servers` entry is reported, never followed (DESIGN §5); a `servers` URL other than `<base URL>/rest/metadata` sends generated clients elsewhere: a document finding, not a server failure.",
    area: 'metadata',
    profiles: ALL_PROFILES,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'META-004',
    rule: { module: 'generators/metadata/list-judges.ts', judge: 'judgeFirstPage' },
    level: 'MUST',
    title: 'MUST answer every metadata list with the flat era-D envelope and raw-id cursors',
    sentence:
      'Newest (era D): lists return a flat envelope `{ "data": [ … ], "pageInfo": { "hasNextPage", "hasPreviousPage", "startCursor", "endCursor" }, "totalCount": n }`. Cursors are the raw record id (UUID), not base64 (contract §1.5).',
    area: 'metadata',
    profiles: ALL_PROFILES,
    subjects: { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 1 },
  },
  {
    id: 'META-005',
    rule: { module: 'generators/metadata/list-judges.ts', judge: 'judgeForwardWalk' },
    level: 'MUST',
    title: 'MUST return every metadata item exactly once and in order when walking forward with starting_after',
    sentence: 'All list endpoints use cursor-based pagination; use **starting_after** to fetch the next page (seed prose). Metadata cursors are the raw item id (contract §1.5, §5.3).',
    area: 'metadata',
    profiles: READS,
    subjects: { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 'all' },
  },
  {
    id: 'META-006',
    rule: { module: 'generators/metadata/list-judges.ts', judge: 'judgeBackwardWalk' },
    level: 'MUST',
    title: 'MUST return the metadata items before the cursor, in list order, when walking backward with ending_before',
    sentence: 'Use **ending_before** to fetch the previous page (backward) (seed prose); the page holds the items strictly before the cursor, in list order (contract §1.5, §5.3).',
    area: 'metadata',
    profiles: READS,
    subjects: { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 'all' },
  },
  {
    id: 'META-007',
    rule: { module: 'generators/metadata/list-judges.ts', judge: 'judgeLimits' },
    level: 'MUST',
    title: "MUST apply the metadata document's limit default and maximum, and refuse a non-integer limit",
    sentence:
      'The metadata limit default/max is 1000/1000 (`computeLimitParameters(fromMetadata=true)`); a non-integer `limit` → 400 `limit \'<v>\' is invalid. Should be an integer` (contract §1.5). The numbers come from the document\'s `limit` schema.',
    area: 'metadata',
    profiles: READS,
    subjects: { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 'all' },
  },
  {
    id: 'META-008',
    rule: { module: 'generators/metadata/list-judges.ts', judge: 'judgeCursorErrors' },
    level: 'MUST',
    title: 'MUST refuse both cursors together and a cursor that is not a UUID with 400',
    sentence:
      "`starting_after` + `ending_before` together → 400 `'starting_after' and 'ending_before' cannot be used together.`; a cursor that is not a UUID → 400 `Invalid cursor: <value>` (contract §1.5).",
    area: 'metadata',
    profiles: READS,
    subjects: { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 'all' },
  },
  {
    id: 'META-009',
    rule: { module: 'generators/metadata/key-judges.ts', judge: 'judgeQueryToken' },
    level: 'MUST',
    title: 'MUST accept the metadata API key only from the Authorization header, and never echo it',
    sentence:
      'The API only accepts tokens from the `Authorization` header (seed prose); a token in a query string must be rejected exactly as if absent (DESIGN §6), on every endpoint kind: list, get one, create, and the legacy aliases.',
    area: 'metadata',
    profiles: READS,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'META-010',
    rule: { module: 'generators/metadata/list-judges.ts', judge: 'judgeItemById' },
    level: 'MUST',
    title: 'MUST answer a listed metadata item by id, and 404 for an unknown id',
    sentence: 'Routes: `GET /rest/metadata/<resource>[/<id>]` (contract §1.5); an id that names nothing is a 404 with the error body (§6.2).',
    area: 'metadata',
    profiles: READS,
    subjects: { pool: 'metadata resources', weight: 'objects resource', gate: 'all', install: 1, smoke: 'all' },
  },
  {
    id: 'META-011',
    rule: { module: 'generators/metadata/crud-judges.ts', judge: 'judgeCrudStep' },
    level: 'MUST',
    title: 'MUST create, read, update and delete a custom object with a custom field',
    sentence: 'Routes: `GET/POST/PATCH/PUT/DELETE /rest/metadata/<resource>[/<id>]` (contract §1.5) for objects and fields; what was created is read back, an update is kept, a delete removes it.',
    area: 'metadata',
    profiles: ['gate'],
    subjects: NO_SUBJECTS,
  },
  {
    id: 'META-012',
    rule: { module: 'generators/metadata/crud-judges.ts', judge: 'judgeCrudStep' },
    level: 'MUST',
    title: 'MUST create, read, update and delete a view with its fields, filters and sorts',
    sentence: 'Routes: `GET/POST/PATCH/DELETE /rest/metadata/<resource>[/<id>]` for views, viewFields, viewFilters and viewSorts (contract §1.5); deleting a view removes what hangs from it.',
    area: 'metadata',
    profiles: ['gate'],
    subjects: NO_SUBJECTS,
  },
  {
    id: 'META-013',
    rule: { module: 'generators/metadata/judges.ts', judge: 'judgeLegacyAlias' },
    level: 'MUST',
    title: 'MUST keep /rest/webhooks and /rest/apiKeys as raw arrays marked deprecated with their successor',
    sentence:
      '`/rest/webhooks` and `/rest/apiKeys` (deprecated aliases) still return a raw JSON array, and carry `Deprecation: @1786320000` and `Link: </rest/metadata/…>; rel="successor-version"` headers (contract §1.5).',
    area: 'metadata',
    profiles: READS,
    subjects: NO_SUBJECTS,
  },
]);

