// Runs a write the way Twenty's common query runner orders it: the body is
// validated first (data-arg processing: unknown fields, nulls, relation names),
// then the object's hooks and the key's permissions may refuse it, and only then
// does it reach the database. A guard per request knows the caller's key.
import type { ObjectDef } from '../datamodel/types.ts';
import { bodyToColumnValues, isPlainObject } from '../engine/record-input.ts';
import { normaliseWriteBody } from '../engine/write-normalisation.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { objectWriteRefusal, refusalAs500, type WriteAttempt, type WriteRefusal } from './write-refusals.ts';
import { EVENT_OF, recordIdsOf, type EventLog } from './event-log.ts';

export type WriteGuard = <T>(attempt: WriteAttempt, write: () => Promise<T>) => Promise<T>;

/** A guard that lets every write through (tests of the HTTP layer alone). */
export const OPEN_GUARD: WriteGuard = (_attempt, write) => write();

export interface GuardOptions {
  fault: ActiveFault;
  /** Further refusals for this request's key (API-key roles); undefined → allowed. */
  keyRefusal?: (attempt: WriteAttempt) => WriteRefusal | undefined;
  /** Where the events of committed writes are recorded. */
  events?: EventLog;
}

function validateBodies(object: ObjectDef, attempt: WriteAttempt, fault: ActiveFault): void {
  if (attempt.operation !== 'create' && attempt.operation !== 'update') return;
  for (const body of attempt.bodies) {
    if (isPlainObject(body)) bodyToColumnValues(object, normaliseWriteBody(object, body, fault), attempt.operation);
  }
}

export function writeGuard(options: GuardOptions): WriteGuard {
  /** A committed write's events, one per record it answered. */
  const recorded = <T>(attempt: WriteAttempt, result: T): T => {
    options.events?.record(attempt.object.nameSingular, EVENT_OF[attempt.operation], recordIdsOf(result));
    return result;
  };
  return async (attempt, write) => {
    validateBodies(attempt.object, attempt, options.fault);
    const refusal = objectWriteRefusal(attempt) ?? options.keyRefusal?.(attempt);
    if (refusal === undefined) return recorded(attempt, await write());
    if (options.fault.is('refusal-answered-500')) throw refusalAs500();
    if (options.fault.is('permission-refusal-writes-anyway') && refusal.kind === 'permission') {
      // The check ran after the insert: the write commits, then the refusal is answered
      // (whatever the write itself made of the body).
      await write().then(
        (result) => recorded(attempt, result),
        () => undefined,
      );
    }
    throw refusal;
  };
}
