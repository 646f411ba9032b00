// Twenty's answer to a value an isUnique index already holds (ORM v2
// handle-duplicate-key-error: DUPLICATE_ENTRY_DETECTED → BadRequestException
// 'A duplicate entry was detected'), told apart from a duplicate primary key
// ('Record already exists') by the index name (schema/ddl.ts names them IDX_UNIQUE_…).
import { badRequest, type RestApiError } from '../errors.ts';
import { UNIQUE_INDEX_PREFIX } from '../schema/ddl.ts';

export const DUPLICATE_ENTRY_MESSAGE = 'A duplicate entry was detected';

export function duplicateEntryError(error: unknown): RestApiError | undefined {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== '23505') return undefined;
  const { constraint, message } = error as { constraint?: unknown; message?: unknown };
  const named = (typeof constraint === 'string' && constraint.startsWith(UNIQUE_INDEX_PREFIX)) || (typeof message === 'string' && message.includes(`"${UNIQUE_INDEX_PREFIX}`));
  return named ? badRequest(DUPLICATE_ENTRY_MESSAGE) : undefined;
}
