// WRITE-016: `upsert=true` (contract §1.1, parse-upsert-rest-request.util.ts)
// creates a record whose id is new and updates the one whose id exists, never
// duplicating it. The spec upserts twice with one id (the second with another
// tag) and lists the id; this judge reads the three answers.
import { brief, type Answer, type Located } from './finding.ts';

export interface UpsertObservation {
  path: string;
  id: string;
  /** The upsert with a new id, and the one with the id just created. */
  inserted: Answer;
  updated: Answer;
  /** The tags of the records listed with that id, and the tag the second upsert wrote. */
  listedTags: readonly unknown[];
  secondTag: string;
}

export function judgeUpsert(seen: UpsertObservation): Located<'inserted' | 'updated' | 'listed'> | null {
  if (seen.inserted.status !== 201) return { at: 'inserted', received: brief(seen.inserted), expected: `201 for POST ${seen.path}?upsert=true with an id that does not exist` };
  if (seen.updated.status !== 201) return { at: 'updated', received: brief(seen.updated), expected: `201 for POST ${seen.path}?upsert=true with the id just created` };
  const [tag] = seen.listedTags;
  if (seen.listedTags.length !== 1 || tag !== seen.secondTag) {
    return {
      at: 'listed',
      received: `${seen.listedTags.length} record(s) with id ${seen.id}${seen.listedTags.length > 0 ? `, tagged ${JSON.stringify(tag)}` : ''}`,
      expected: `one record, updated to ${JSON.stringify(seen.secondTag)} by the second upsert`,
    };
  }
  return null;
}
