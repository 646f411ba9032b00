// The client the runner itself uses outside Playwright (health probes, the final
// fixture cleanup, the cleanup command): the run's HTTP policy without the
// checks' request budget, which belongs to the checks.
import type { Rate } from '../../generators/client/pacer.ts';
import { createTwentyClient, type TwentyClient } from '../../generators/client/twenty-client.ts';

export function runnerClient(options: { baseUrl: string; token: string; readOnly: boolean; rate: Rate | null | undefined; timeoutMs: number }): TwentyClient {
  return createTwentyClient({
    baseUrl: options.baseUrl,
    token: options.token,
    readOnly: options.readOnly,
    ...(options.rate ? { rate: options.rate } : {}),
    timeoutMs: options.timeoutMs,
    maxRetries429: 3,
    maxRetryAfterMs: 60_000,
  });
}
