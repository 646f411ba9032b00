// Reads `/rest/...` paths as Twenty's era-D path parser does (contract §1.1):
// the path is split on `/` without decoding, empty segments dropped, and the
// second segment is a record id unless it names a collection action.
import { badRequest } from '../errors.ts';
import type { Datamodel, ObjectDef } from '../datamodel/types.ts';

export interface CorePath {
  objectSegment: string;
  id?: string;
  /** `/rest/batch/{plural}`. */
  batch: boolean;
  /** `/rest/{plural}/duplicates|groupBy|merge|restore`, `/rest/{plural}/{id}/restore`: only PATCH …restore is served. */
  action?: string;
}

const COLLECTION_ACTIONS = ['duplicates', 'groupBy', 'merge', 'restore'];
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isValidUuid = (text: string) => UUID_PATTERN.test(text);

function invalidPath(pathname: string) {
  return badRequest(
    `Query path '${pathname}' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies or /rest/restore/companies/id`,
  );
}

export interface CorePathOptions {
  /** False only under the `bad-uuid-500` fault: the id then travels on unchecked. */
  validateId: boolean;
}

export function parseCorePath(pathname: string, options: CorePathOptions = { validateId: true }): CorePath {
  const segments = pathname.replace(/^\/rest\/?/, '').split('/').filter((segment) => segment !== '');
  const [first, second, third] = segments;
  // Era D restore one: /rest/{plural}/{id}/restore (routed before the two-segment path rule).
  if (segments.length === 3 && first !== undefined && second !== undefined && third === 'restore' && first !== 'batch') {
    if (options.validateId && !isValidUuid(second)) throw badRequest(`'${second}' is not a valid UUID`);
    return { objectSegment: first, id: second, batch: false, action: 'restore' };
  }
  if (first === undefined || segments.length > 2) throw invalidPath(pathname);
  if (second === undefined) return { objectSegment: first, batch: false };
  if (first === 'batch') return { objectSegment: second, batch: true };
  if (COLLECTION_ACTIONS.includes(second)) return { objectSegment: first, batch: false, action: second };
  if (options.validateId && !isValidUuid(second)) throw badRequest(`'${second}' is not a valid UUID`);
  return { objectSegment: first, id: second, batch: false };
}

/** Resolves the plural path segment to an object, with Twenty's hints (§1.1). */
export function resolveObject(model: Datamodel, segment: string): ObjectDef {
  const object = model.objects.find((candidate) => candidate.namePlural === segment);
  if (object) return object;
  const singular = model.objects.find((candidate) => candidate.nameSingular === segment);
  const hint = singular ? `Did you mean '${singular.namePlural}'?` : 'eg: companies';
  throw badRequest(`object '${segment}' not found. ${hint}`);
}
