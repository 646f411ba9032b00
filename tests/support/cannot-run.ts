// Errors that mean a check could not run, as Inconclusive verdicts: a spent
// request budget, a gateway that kept answering 502/503/504 after the client's
// retries, a failure whose evidence is a gateway-shaped answer (502/503/504,
// or a 5xx without Twenty's JSON error body: the infrastructure in front of the
// deployment spoke, not the server, in every check family), or a rate limit that
// outlasted the run's patience. Shared by defineCheck and properties (where such
// a case is skipped rather than taken for a counterexample).
import { BudgetExhaustedError, GatewayUnavailableError, RateLimitedError } from '../../generators/client/errors.ts';
import { isGatewayShaped } from '../../generators/client/gateway.ts';
import { PacingUnavailableError } from '../../runtime/client/pacing-authority.ts';
import { CheckFailure, Inconclusive } from './verdicts.ts';

export function cannotRun(error: unknown): Inconclusive | undefined {
  if (error instanceof Inconclusive) return error;
  if (error instanceof BudgetExhaustedError) return new Inconclusive(`request budget spent (${error.message})`);
  if (error instanceof GatewayUnavailableError) return new Inconclusive(error.message);
  // A 429 never fails a check: the run waited as long as it could.
  if (error instanceof RateLimitedError) return new Inconclusive(error.message);
  if (error instanceof PacingUnavailableError) return new Inconclusive(error.message);
  const exchange = error instanceof CheckFailure ? error.detail.exchange : undefined;
  if (exchange && isGatewayShaped(exchange.status, exchange.json)) {
    return new Inconclusive(`the gateway answered HTTP ${exchange.status} to ${exchange.method} (not Twenty's error body): nothing to judge`);
  }
  return undefined;
}
