// Failures that are not part of the contract. Normally a 500 hides its cause;
// a LeakedInternalError is the deliberate exception used by the robustness
// faults, whose whole point is that a database message reaches the client.

export class LeakedInternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeakedInternalError';
  }
}

/** What Postgres says about text parsed by a query that lost its brackets. */
export function unbalancedFilterSqlMessage(filter: string): string {
  const opens = filter.split('(').length - 1;
  const closes = filter.split(')').length - 1;
  return opens > closes ? 'syntax error at end of input' : 'syntax error at or near ")"';
}

export function bracketsBalanced(text: string): boolean {
  return text.split('(').length === text.split(')').length;
}
