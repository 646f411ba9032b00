// Errors from Postgres, answered as Twenty answers them (contract §6.1): a failed
// query on user input (bad enum, bad number, broken constraint) is a 400 carrying
// Postgres's message; a duplicate primary key is "Record already exists"; a value
// an isUnique index already holds is Twenty's newest duplicate answer (ORM v2
// handle-duplicate-key-error: DUPLICATE_ENTRY_DETECTED → BadRequestException).
import { badRequest, RestApiError } from '../errors.ts';
import { UNIQUE_INDEX_PREFIX } from '../schema/ddl.ts';

export const DUPLICATE_ENTRY_MESSAGE = 'A duplicate entry was detected';

interface PostgresError {
  code: string;
  message: string;
  constraint?: string;
}

function isPostgresError(error: unknown): error is PostgresError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as { code: string }).code)
  );
}

export function toRestApiError(error: unknown): unknown {
  if (error instanceof RestApiError) return error;
  if (!isPostgresError(error)) return error;
  if (error.code === '23505') {
    return badRequest(error.constraint?.startsWith(UNIQUE_INDEX_PREFIX) || /"IDX_UNIQUE_/.test(error.message) ? DUPLICATE_ENTRY_MESSAGE : 'Record already exists');
  }
  // Class 22 (data exception) and 23 (integrity constraint): the client's input.
  if (error.code.startsWith('22') || error.code.startsWith('23')) return badRequest(error.message);
  return new RestApiError(500, 'InternalServerErrorException', error.message);
}

export async function translatingDatabaseErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toRestApiError(error);
  }
}
