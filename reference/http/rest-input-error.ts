// Client input errors found while reading the query string, answered as Twenty's
// REST exception mapper answers its RestInputRequestParserException: a 400
// BadRequestException whose message is the parser's text (contract §12.10).
import { RestApiError } from '../errors.ts';

export class RestInputError extends RestApiError {
  constructor(message: string) {
    super(400, 'BadRequestException', message);
    this.name = 'RestInputError';
  }
}

/**
 * The filter and order_by grammars the reference shares with the suite throw
 * the suite's own input error: an Error carrying `statusCode` 400 and Twenty's
 * text. The reference knows it by that shape, so it needs none of the suite's
 * other modules to answer it.
 */
export function isGrammarInputError(error: unknown): error is Error {
  return error instanceof Error && !(error instanceof RestApiError) && (error as { statusCode?: unknown }).statusCode === 400;
}
