// An answer over the run's size cap (--max-response-bytes) is the server's
// fault, not the suite's: the check that asked for it fails, naming the request.
import { ResponseTooLargeError } from '../../generators/client/errors.ts';
import { CheckFailure } from './verdicts.ts';

export function tooLargeFailure(error: unknown): CheckFailure | undefined {
  if (!(error instanceof ResponseTooLargeError)) return undefined;
  return new CheckFailure({
    received: error.message,
    expected: `an answer of at most ${error.maxBytes} bytes (raise --max-response-bytes if this deployment's answers are legitimately larger)`,
  });
}
