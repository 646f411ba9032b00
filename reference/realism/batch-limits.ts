// Twenty's per-request record caps (QUERY_MAX_RECORDS = 200): a batch create of
// more than 200 records, and an update by filter matching more than 200, are
// refused whole (common-create-many-query-runner: TOO_MANY_RECORDS_TO_UPDATE →
// BadRequestException; the ORM's update-many cap). Fixed at Twenty's 200 whatever
// --max-limit says: that flag only models a different page size.
import { badRequest } from '../errors.ts';

export const MAX_RECORDS_PER_WRITE = 200;

export function checkCreateManySize(body: unknown): void {
  if (Array.isArray(body) && body.length > MAX_RECORDS_PER_WRITE) throw badRequest(`Maximum number of records to upsert is ${MAX_RECORDS_PER_WRITE}.`);
}

export function checkUpdateManySize(matched: number): void {
  if (matched > MAX_RECORDS_PER_WRITE) throw badRequest(`Cannot update more than ${MAX_RECORDS_PER_WRITE} records at once`);
}
