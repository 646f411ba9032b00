// WRITE-*: creating, reading back, updating, deleting and restoring records
// (contract §1.1–§1.4, §5.6, §6). Write checks never run in smoke; the one that
// could wipe a non-conformant workspace (WRITE-008) runs in gate only.
import { checkEntries, WRITE_PROFILES } from '../types.ts';
import { NO_SUBJECTS } from '../../selection/subjects.ts';

export const WRITE_CHECKS = checkEntries([
  {
    id: 'WRITE-001',
    rule: { module: 'generators/writes/create-judges.ts', judge: 'judgeCreate' },
    level: 'MUST',
    title: 'MUST create a record with 201 and the create envelope, holding every value sent',
    sentence:
      '`POST /rest/{plural}` → 201 `{data:{create<Singular>:{…}}}` (contract §1.1, §1.2); values read back as sent, after the documented normalisation (links lose a trailing slash, emails are lower-cased; §1.2).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-002',
    rule: { module: 'generators/writes/create-judges.ts', judge: 'judgeBatchCreate' },
    level: 'MUST',
    title: 'MUST create a batch with 201 and the records in input order',
    sentence: '`POST /rest/batch/{plural}` → 201 `{data:{create<Plural>:[…]}}`; response array in input order (contract §1.2, §1.4).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-003',
    rule: { module: 'generators/writes/create-judges.ts', judge: 'judgeGetOneAfterCreate' },
    level: 'MUST',
    title: 'MUST return a created record from get-one as it was created',
    sentence: '`GET /rest/{plural}/{id}` → 200 `{data:{<singular>:record}}` (contract §1.2) for a record just created.',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-004',
    rule: { module: 'generators/writes/update-judges.ts', judge: 'judgePatchReadBack' },
    level: 'MUST',
    title: 'MUST change only the fields a PATCH sends',
    sentence:
      '`PATCH /rest/{plural}/{id}` → 200 `{data:{update<Singular>:{…}}}`; fields not in the body keep their values (contract §1.1, §1.2, §9: unchanged `jobTitle`, unchanged `companyId`).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-005',
    rule: { module: 'generators/writes/delete-judges.ts', judge: 'judgeDestroyed' },
    level: 'MUST',
    title: 'MUST destroy a record on DELETE without soft_delete',
    sentence:
      '`DELETE /rest/{plural}/{id}` → 200 `{data:{delete<Singular>:{id}}}`; a plain DELETE permanently destroys the record (contract §1.1); get-one then answers 404 (§1.3).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-006',
    rule: { module: 'generators/writes/delete-judges.ts', judge: 'judgeSoftDeleteHidden' },
    level: 'MUST',
    title: 'MUST hide a soft-deleted record from lists unless the filter names deletedAt',
    sentence:
      '`soft_delete=true` → soft delete (contract §1.1); soft-deleted records are excluded unless the filter mentions `deletedAt` anywhere (§3.4).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-007',
    rule: { module: 'generators/writes/delete-judges.ts', judge: 'judgeRestoreAnswer' },
    level: 'MUST',
    title: 'MUST bring a soft-deleted record back on restore',
    sentence:
      '`PATCH /rest/{plural}/{id}/restore` (era D) → 200 `{data:{restore<Singular>:record}}` (contract §1.1, §1.2, §9 restore suite); the record is listed again.',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-008',
    rule: { module: 'generators/writes/bulk-delete-judges.ts', judge: 'judgeBulkDeleteRefused' },
    level: 'MUST',
    title: 'MUST refuse a bulk DELETE without a filter',
    sentence:
      'Bulk delete/destroy without a filter is refused: 400 `BadRequestException`, `Filters are mandatory for bulk delete operations` / `… bulk destroy operations` (contract §1.1, §9).',
    area: 'writes',
    // A server that accepts it deletes the whole object: only where the deployment is disposable.
    profiles: ['gate'],
    subjects: NO_SUBJECTS,
  },
  {
    id: 'WRITE-009',
    rule: { module: 'generators/writes/depth-judges.ts', judge: 'judgeEmbeddedOnRead' },
    level: 'MUST',
    title: 'MUST embed the related record with depth=1, on reads and on writes',
    sentence:
      '`depth=1`: `company` is embedded (contract §1.2, §5.6); pinned for GET one and POST (§9: depth 0/1 behave as for reads).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-010',
    rule: { module: 'generators/writes/invalid-bodies.ts', judge: 'judgeInvalidBodyRefused' },
    level: 'MUST',
    title: 'MUST refuse an invalid body with 400 and the error body, and write nothing',
    sentence:
      'Invalid input (an unknown field, a value of the wrong kind, an invalid SELECT value, a broken relation) → 400 `BadRequestException` with the error body (contract §1.3, §6.1, §6.2); a failed request leaves no trace, a batch is all or nothing (§1.3, §1.4).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'writable fields', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-011',
    rule: { module: 'generators/writes/normalisation.ts', judge: 'judgeNormalised' },
    level: 'MUST',
    title: 'MUST normalise links and emails on write',
    sentence:
      'Links are normalised: `primaryLinkUrl` posted as `https://test.com/` reads back as `https://test.com` (contract §1.2); Twenty\'s record transformer also lower-cases the URL origin and email addresses.',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: NO_SUBJECTS,
  },
  // A real workspace's refusals (contract/REAL-WORKSPACE.md; the faults of reference/faults/real-workspace.md).
  {
    id: 'WRITE-040',
    rule: { module: 'generators/writes/refusal-judges.ts', judge: 'judgeDuplicateRefused' },
    level: 'MUST',
    title: 'MUST refuse a duplicate unique value, and write nothing of the batch',
    sentence:
      "A record whose unique field (`people.emails.primaryEmail`, `companies.domainName.primaryLinkUrl`, an `isUnique` custom field) repeats a live record's value, or a case or trailing-slash variant of it, is refused with 400 `A duplicate entry was detected`, and the whole batch is written nowhere (REAL-WORKSPACE.md §2.1, §2.3).",
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: { pool: 'written objects', weight: 'pool order', gate: 'all', install: 1, smoke: 0 },
  },
  {
    id: 'WRITE-041',
    rule: { module: 'generators/writes/refusal-judges.ts', judge: 'refusalStatusViolations' },
    level: 'MUST',
    title: 'MUST answer a refused write with a 4xx and the error body, never a 5xx',
    sentence:
      "A write Twenty refuses by design or by the key's role (permission, `Method not allowed.`, `not writable through the API`) is answered 400/401/403 with `{statusCode, error, messages}`, never a 5xx (REAL-WORKSPACE.md §3, §5).",
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: NO_SUBJECTS,
  },
  {
    id: 'WRITE-042',
    rule: { module: 'generators/writes/refusal-judges.ts', judge: 'refusedButWritten' },
    level: 'MUST',
    title: 'MUST write nothing when a write is refused',
    sentence:
      'After a refused create (permission, writability, method), no record carrying its values exists, soft-deleted ones included (REAL-WORKSPACE.md §5: the permission check runs before the insert).',
    area: 'writes',
    profiles: WRITE_PROFILES,
    subjects: NO_SUBJECTS,
  },
]);
