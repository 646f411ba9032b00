// A usage or configuration problem: one line saying what was wrong and what to do.
// The CLI prints it and exits 2; it never carries a stack trace to the user.
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
