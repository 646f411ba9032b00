// The standard objects whose writes Twenty refuses by design, keyed by object
// name as Twenty's query hooks are (REAL-WORKSPACE.md §3, 2026 code path):
// - workspaceMember: create/destroy-many hooks deny (PermissionsException), the
//   delete-many hook points at /deleteUserFromWorkspace, and the delete-one
//   post-hook removes the member's user workspace (a seeded member has none);
// - workflowRun, workflowVersion: create → `Method not allowed.`;
// - workflow: a create carrying non-empty `statuses` is refused;
// - SYSTEM-writability objects: every write → `… not writable through the API`;
// - blocklist: an API key has no user → 401.
// Domain exceptions without an HTTP status reach REST as 400 (rest-api-exception.filter).
import { RestApiError } from '../errors.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import { isPlainObject } from '../engine/record-input.ts';

export const PERMISSION_DENIED = 'Entity performing the request does not have permission';

export type WriteOperation = 'create' | 'update' | 'delete' | 'destroy' | 'restore';

export interface WriteAttempt {
  object: ObjectDef;
  operation: WriteOperation;
  /** A bulk operation (batch create, update/delete/restore by filter). */
  many: boolean;
  /** The bodies of a create or update (none for deletes and restores). */
  bodies: readonly unknown[];
}

/** Why a write was refused; `permission` refusals are those the permission-refusal-writes-anyway fault still commits. */
export type RefusalKind = 'permission' | 'method' | 'validation' | 'unauthenticated';

export class WriteRefusal extends RestApiError {
  constructor(
    readonly kind: RefusalKind,
    status: number,
    errorName: string,
    message: string,
  ) {
    super(status, errorName, message);
  }
}

export const permissionRefusal = (message = PERMISSION_DENIED) => new WriteRefusal('permission', 400, 'BadRequestException', message);

/** Objects whose writability is SYSTEM in Twenty's standard application (standard-object-writability.spec.ts). */
export const SYSTEM_WRITABILITY_OBJECTS: ReadonlySet<string> = new Set(['workflowAutomatedTrigger', 'messageChannelMessageAssociation', 'calendarChannelEventAssociation']);

function workspaceMemberRefusal({ operation, many }: WriteAttempt): WriteRefusal | undefined {
  if (operation === 'create') return permissionRefusal();
  // destroyMany's hook denies; destroyOne is refused alike (UNCONFIRMED: no destroy-one hook was read).
  if (operation === 'destroy') return permissionRefusal();
  if (operation === 'delete' && many) return new WriteRefusal('validation', 400, 'BadRequestException', 'Please use /deleteUserFromWorkspace to remove a workspace member.');
  // deleteOne's post-hook deletes the member's userWorkspace; the reference's members have none.
  if (operation === 'delete') return new WriteRefusal('permission', 400, 'BadRequestException', 'User workspace not found');
  return undefined;
}

const hasStatuses = (body: unknown) => isPlainObject(body) && Array.isArray(body['statuses']) && body['statuses'].length > 0;

/** The refusal Twenty answers for this write, or undefined when its hooks let it through. */
export function objectWriteRefusal(attempt: WriteAttempt): WriteRefusal | undefined {
  const name = attempt.object.nameSingular;
  if (SYSTEM_WRITABILITY_OBJECTS.has(name)) return permissionRefusal(`${PERMISSION_DENIED}: records of "${name}" are not writable through the API`);
  switch (name) {
    case 'workspaceMember':
      return workspaceMemberRefusal(attempt);
    case 'workflowRun':
    case 'workflowVersion':
      return attempt.operation === 'create' ? new WriteRefusal('method', 400, 'BadRequestException', 'Method not allowed.') : undefined;
    case 'workflow':
      return attempt.operation === 'create' && attempt.bodies.some(hasStatuses)
        ? new WriteRefusal('validation', 400, 'BadRequestException', 'Statuses cannot be set manually.')
        : undefined;
    case 'blocklist':
      return attempt.operation === 'create' || attempt.operation === 'update'
        ? new WriteRefusal('unauthenticated', 401, 'UnauthorizedException', 'Blocklist entries can only be managed by an authenticated user')
        : undefined;
    default:
      return undefined;
  }
}

export const refusalAs500 = () => new RestApiError(500, 'InternalServerErrorException', 'Internal server error');

