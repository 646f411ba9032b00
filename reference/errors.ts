// An error the reference answers with Twenty's post-auth error body
// {statusCode, error, messages: [message]} (contract §6.1), or, for the auth
// middleware, with the auth body whose `error` is a code string (§2.2).
export class RestApiError extends Error {
  constructor(
    readonly statusCode: number,
    /** Exception class name (BadRequestException, NotFoundException, …) or auth code. */
    readonly errorName: string,
    message: string,
    /** Extra headers, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'RestApiError';
  }
}

export const badRequest = (message: string) => new RestApiError(400, 'BadRequestException', message);
export const notFound = (message = 'Record not found') => new RestApiError(404, 'NotFoundException', message);
