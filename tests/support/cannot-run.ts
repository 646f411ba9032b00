// Errors that mean a check could not run, as Inconclusive verdicts: a spent
// request budget, or a gateway that kept answering 502/503/504 after the
// client's retries. Shared by defineCheck and properties (where such a case is
// skipped rather than taken for a counterexample).
import { BudgetExhaustedError, GatewayUnavailableError, RateLimitedError } from '../../generators/client/errors.ts';
import { PacingUnavailableError } from '../../generators/client/pacing-authority.ts';
import { Inconclusive } from './verdicts.ts';

export function cannotRun(error: unknown): Inconclusive | undefined {
  if (error instanceof Inconclusive) return error;
  if (error instanceof BudgetExhaustedError) return new Inconclusive(`request budget spent (${error.message})`);
  if (error instanceof GatewayUnavailableError) return new Inconclusive(error.message);
  // A 429 never fails a check: the run waited as long as it could.
  if (error instanceof RateLimitedError) return new Inconclusive(error.message);
  if (error instanceof PacingUnavailableError) return new Inconclusive(error.message);
  return undefined;
}
