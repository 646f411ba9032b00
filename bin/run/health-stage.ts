// Before any check runs: one list request per object (at most HEALTH_PROBES), so
// a deployment that answers every data request with a 5xx (database down) stops
// the run with one line and exit 2, instead of a thousand requests and dozens of
// MUST failures that are all one outage.
import { ClientError } from '../../generators/client/errors.ts';
import type { Pacer } from '../../generators/client/pacer.ts';
import { runnerClient } from './runner-client.ts';
import type { RunConfig } from '../../generators/config/run-config.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import type { Catalogue } from '../../generators/openapi/catalogue-types.ts';
import { unhealthyReason, type ProbeAnswer } from '../../generators/report/health.ts';

export const HEALTH_PROBES = 3;

export async function checkDeploymentHealth(
  config: RunConfig,
  target: { baseUrl: string; token: string },
  catalogue: Catalogue,
  pacer?: Pacer,
): Promise<{ requests: number }> {
  const client = runnerClient({ baseUrl: target.baseUrl, token: target.token, readOnly: true, rate: config.rate, timeoutMs: config.timeoutMs, pacer, maxResponseBytes: config.maxResponseBytes });
  const answers: ProbeAnswer[] = [];
  for (const object of catalogue.objects.slice(0, HEALTH_PROBES)) {
    const path = `GET ${object.listPath}?limit=1`;
    try {
      const exchange = await client.request({ method: 'GET', path: object.listPath, query: { limit: '1' } });
      answers.push({ path, status: exchange.status });
      if (exchange.status < 500) break; // one good answer is enough
    } catch (error) {
      if (!(error instanceof ClientError)) throw error;
      answers.push({ path, error: error.message.replace(/\s+/g, ' ') });
    }
  }
  const reason = unhealthyReason(target.baseUrl, answers);
  if (reason) throw new UsageError(reason);
  return { requests: client.requestCount() };
}
