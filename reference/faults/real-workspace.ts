// Faults of a workspace that is not as real as it claims (reference/faults/real-workspace.md
// holds the agreement with the suite's WRITE-040…042). Each is switched where the
// behaviour lives: the unique indexes at DDL time (start.ts), refusals in the
// write guard (realism/write-guard.ts).
import type { FaultDef } from './catalogue.ts';

export const REAL_WORKSPACE_FAULTS = [
  {
    name: 'duplicate-accepted',
    area: 'writes',
    description: 'No unique index is created (Twenty ~0.50-0.54): a record repeating a held e-mail, domain or unique custom value is accepted.',
    caughtBy: ['WRITE-040'],
  },
  {
    name: 'refusal-answered-500',
    area: 'writes',
    description: 'A write Twenty refuses by design or by role (permission, Method not allowed., not writable through the API) answers 500 Internal server error.',
    caughtBy: ['WRITE-041'],
  },
  {
    name: 'permission-refusal-writes-anyway',
    area: 'writes',
    description: 'A permission refusal (workspaceMembers create, a restricted key) answers 400 but commits the write first.',
    caughtBy: ['WRITE-042'],
  },
] as const satisfies readonly FaultDef[];
