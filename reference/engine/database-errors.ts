// Errors from Postgres, answered as Twenty answers them (contract §6.1): a failed
// query on user input (bad enum, bad number, broken constraint) is a 400 carrying
// Postgres's message; a duplicate primary key is "Record already exists".
import { duplicateEntryError } from '../realism/duplicate-entry.ts';
import { badRequest, RestApiError } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';

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

export function toRestApiError(error: unknown, fault?: ActiveFault): unknown {
  // A value an isUnique index already holds (realism/duplicate-entry.ts).
  const duplicate = duplicateEntryError(error);
  if (duplicate) return duplicate;
  if (error instanceof RestApiError) return error;
  if (!isPostgresError(error)) return error;
  // Under `duplicate-id-500` a primary-key conflict is left unmapped: the database's 500.
  if (error.code === '23505' && fault?.is('duplicate-id-500') && error.constraint?.endsWith('_pkey')) {
    return new RestApiError(500, 'InternalServerErrorException', error.message);
  }
  if (error.code === '23505') return badRequest('Record already exists');
  // Class 22 (data exception) and 23 (integrity constraint): the client's input.
  if (error.code.startsWith('22') || error.code.startsWith('23')) return badRequest(error.message);
  return new RestApiError(500, 'InternalServerErrorException', error.message);
}

export async function translatingDatabaseErrors<T>(work: () => Promise<T>, fault?: ActiveFault): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toRestApiError(error, fault);
  }
}
