// The client the runner itself uses outside Playwright (health probes, the final
// fixture cleanup, the cleanup command): the run's HTTP policy without the
// checks' request budget, which belongs to the checks. Its requests take their
// slots from the run's pacer, so they count in the run's pace on the wire.
import type { Pacer, Rate } from '../../generators/client/pacer.ts';
import { createTwentyClient, type TwentyClient } from '../../runtime/client/twenty-client.ts';

export function runnerClient(options: {
  baseUrl: string;
  token: string;
  readOnly: boolean;
  rate: Rate | null | undefined;
  timeoutMs: number;
  /** The run-wide pacer; without one, `rate` paces this client alone. */
  pacer?: Pacer | undefined;
  maxResponseBytes?: number | undefined;
}): TwentyClient {
  return createTwentyClient({
    baseUrl: options.baseUrl,
    token: options.token,
    readOnly: options.readOnly,
    ...(options.pacer ? { pacer: options.pacer } : options.rate ? { rate: options.rate } : {}),
    ...(options.maxResponseBytes ? { maxResponseBytes: options.maxResponseBytes } : {}),
    timeoutMs: options.timeoutMs,
    maxRetries429: RUNNER_RETRIES_429,
    maxRetryAfterMs: 60_000,
    rateLimitPatienceMs: 5 * 60_000,
  });
}

/** A rate-limited deployment is waited for (each retry paced by what its 429 taught), not given up on. */
export const RUNNER_RETRIES_429 = 20;
