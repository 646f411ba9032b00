// A client input error found while reading the query string. Its `message` is
// the exact text Twenty answers with in a 400 body, so the reference server can
// forward it unchanged and the suite can compare it verbatim.
export class RestInputError extends Error {
  readonly statusCode = 400;

  constructor(message: string) {
    super(message);
    this.name = 'RestInputError';
  }
}
