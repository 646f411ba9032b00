// The ways a check ends other than passing. Only CheckFailure is a contract
// violation; Inconclusive means the check could not run (graphql-http's
// AuditError split: "server broke the contract" vs "check could not run"), and
// NotRun that an optional input is missing. Any other error is the suite's own.
import type { Exchange } from '../../generators/client/exchange.ts';

export interface FailureDetail {
  received: string;
  expected: string;
  hint?: string;
  /** The exchange that shows the failure (its curl becomes the reproducer). */
  exchange?: Exchange;
  /** fast-check replay path. */
  path?: string;
}

export class CheckFailure extends Error {
  constructor(readonly detail: FailureDetail) {
    super(`Received: ${detail.received} / Expected: ${detail.expected}`);
    this.name = 'CheckFailure';
  }
}

export class Inconclusive extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Inconclusive';
  }
}

/**
 * The check was not run because an optional input is missing (e.g. an expired
 * key); counted apart from inconclusive and never fails a run.
 */
export class NotRun extends Inconclusive {
  constructor(
    /** The input to provide, e.g. an environment variable name. */
    readonly missingInput: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'NotRun';
  }
}

export function notRun(missingInput: string, reason: string): never {
  throw new NotRun(missingInput, reason);
}

export function fail(detail: FailureDetail): never {
  throw new CheckFailure(detail);
}

export function inconclusive(reason: string): never {
  throw new Inconclusive(reason);
}
