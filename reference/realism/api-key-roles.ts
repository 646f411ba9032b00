// API-key roles (REAL-WORKSPACE.md §5): every Twenty API key has a role. The
// reference's main key has full access; `reference --print-keys` prints one more
// key per restricted role below. A refused write is 400 with Twenty's
// PERMISSION_DENIED text (the ORM check, pinned at 400 on REST by Twenty's own
// field-permissions integration test); a field the role may not read is left
// out of the records it is answered.
import type { ObjectDef } from '../datamodel/types.ts';
import { isPlainObject } from '../engine/record-input.ts';
import { permissionRefusal, type WriteAttempt, type WriteRefusal } from './write-refusals.ts';

export const RESTRICTED_ROLE_NAMES = ['readOnly', 'objectDenied', 'fieldNotWritable', 'fieldNotReadable'] as const;
export type RestrictedRoleName = (typeof RESTRICTED_ROLE_NAMES)[number];

export interface ApiKeyRole {
  name: 'full' | RestrictedRoleName;
  /** canUpdateAllObjectRecords / canSoftDelete… / canDestroy…: false → every write refused. */
  canWrite: boolean;
  /** Objects (nameSingular) whose records this role may read but not create, update, delete or restore. */
  writeDeniedObjects: readonly string[];
  /** `object.field` with canUpdateFieldValue false. */
  unwritableFields: readonly string[];
  /** `object.field` with canReadFieldValue false. */
  unreadableFields: readonly string[];
}

export const FULL_ROLE: ApiKeyRole = { name: 'full', canWrite: true, writeDeniedObjects: [], unwritableFields: [], unreadableFields: [] };

/** The restricted roles, on objects every built-in workspace has (opportunity, person). */
export const RESTRICTED_ROLES: Readonly<Record<RestrictedRoleName, ApiKeyRole>> = {
  readOnly: { ...FULL_ROLE, name: 'readOnly', canWrite: false },
  objectDenied: { ...FULL_ROLE, name: 'objectDenied', writeDeniedObjects: ['opportunity'] },
  fieldNotWritable: { ...FULL_ROLE, name: 'fieldNotWritable', unwritableFields: ['person.jobTitle'] },
  fieldNotReadable: { ...FULL_ROLE, name: 'fieldNotReadable', unreadableFields: ['person.city'] },
};

const fieldsOn = (object: ObjectDef, qualifiedNames: readonly string[]) =>
  qualifiedNames.filter((name) => name.startsWith(`${object.nameSingular}.`)).map((name) => name.slice(object.nameSingular.length + 1));

/** The refusal this role gives a write, or undefined when it may. */
export function roleRefusal(role: ApiKeyRole, attempt: WriteAttempt): WriteRefusal | undefined {
  if (!role.canWrite || role.writeDeniedObjects.includes(attempt.object.nameSingular)) return permissionRefusal();
  const locked = fieldsOn(attempt.object, role.unwritableFields);
  if (locked.length > 0 && attempt.bodies.some((body) => isPlainObject(body) && locked.some((field) => body[field] !== undefined))) return permissionRefusal();
  return undefined;
}

/** A record without the fields this role may not read (top-level records of the object only). */
export function withoutUnreadable(role: ApiKeyRole, object: ObjectDef, record: Record<string, unknown>): Record<string, unknown> {
  const hidden = fieldsOn(object, role.unreadableFields);
  if (hidden.length === 0) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !hidden.includes(key)));
}

/** Applies withoutUnreadable to every record of an era-D envelope ({data: {<key>: record | record[]}}). */
export function hideUnreadableInEnvelope(role: ApiKeyRole, object: ObjectDef, body: unknown): unknown {
  if (fieldsOn(object, role.unreadableFields).length === 0 || !isPlainObject(body) || !isPlainObject(body['data'])) return body;
  const data = Object.fromEntries(
    Object.entries(body['data']).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((item) => (isPlainObject(item) ? withoutUnreadable(role, object, item) : item)) : isPlainObject(value) ? withoutUnreadable(role, object, value) : value,
    ]),
  );
  return { ...body, data };
}
