// Sending one hostile request and turning its answer into a verdict: a timeout
// is a failure (the server did not answer clearly), a throttled or
// unauthenticated answer is inconclusive (the input was never read).
import type { TwentyClient } from '../../../generators/client/twenty-client.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import { RequestTimeoutError } from '../../../generators/client/errors.ts';
import type { RobustnessCase } from '../../../generators/robustness/cases.ts';
import { caseInputs } from '../../../generators/robustness/cases.ts';
import { judgeErrorBody, judgeRejectionStatus, unjudgeable, type Answer } from '../../../generators/robustness/judge.ts';
import { findLeaks } from '../../../generators/robustness/leaks.ts';
import { fail, inconclusive } from '../verdicts.ts';

export function answerOf(exchange: Exchange): Answer {
  return { status: exchange.status, body: exchange.responseBody, json: exchange.json };
}

/** Sends a request; no answer within the timeout is itself a failure. */
export async function sendOrFail(client: TwentyClient, spec: Parameters<TwentyClient['request']>[0], what: string): Promise<Exchange> {
  try {
    return await client.request(spec);
  } catch (error) {
    if (error instanceof RequestTimeoutError) {
      fail({ received: `no complete answer within ${error.timeoutMs} ms`, expected: `a prompt answer to ${what}` });
    }
    throw error;
  }
}

export function sendCase(client: TwentyClient, value: RobustnessCase): Promise<Exchange> {
  return sendOrFail(client, { method: 'GET', path: value.path, query: value.query }, value.why);
}

function judgeable(exchange: Exchange): void {
  const reason = unjudgeable(answerOf(exchange));
  if (reason) inconclusive(reason);
}

/** ROB-001…006: the status of the answer. */
export async function expectRejected(client: TwentyClient, value: RobustnessCase): Promise<void> {
  const exchange = await sendCase(client, value);
  judgeable(exchange);
  const finding = judgeRejectionStatus(answerOf(exchange), value.expect);
  if (finding) fail({ ...finding, exchange });
}

/** ROB-007: the shape of an error answer. */
export async function expectErrorBody(client: TwentyClient, value: RobustnessCase): Promise<void> {
  const exchange = await sendCase(client, value);
  judgeable(exchange);
  const finding = judgeErrorBody(answerOf(exchange));
  if (finding) fail({ ...finding, exchange });
}

/** ROB-008 (and ROB-010): nothing internal in an error answer. Success bodies hold user data and are not scanned. */
export function expectNoLeak(exchange: Exchange, inputs: readonly string[]): void {
  if (exchange.status < 400 && !exchange.responseEchoedSecret) return;
  const leaks = findLeaks({ body: exchange.responseBody, json: exchange.json, echoedSecret: exchange.responseEchoedSecret }, inputs);
  const [first] = leaks;
  if (first) {
    fail({
      received: `${leaks.length} leak(s) in an HTTP ${exchange.status} answer; first: ${first.kind}: ${first.excerpt}`,
      expected: 'an error body with the exception name and a client-facing message only',
      exchange,
    });
  }
}

export async function expectNoLeakFor(client: TwentyClient, value: RobustnessCase): Promise<void> {
  const exchange = await sendCase(client, value);
  judgeable(exchange);
  expectNoLeak(exchange, caseInputs(value));
}
