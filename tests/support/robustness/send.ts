// Sending hostile requests and handing their answers to the ROB judges
// (generators/robustness/): a timeout is a failure (the server did not answer
// clearly), a throttled or unauthenticated answer is inconclusive (the input was
// never read), and a judge's finding fails the check with the exchange as evidence.
import type { TwentyClient } from '../../../generators/client/twenty-client.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import { RequestTimeoutError } from '../../../generators/client/errors.ts';
import type { RobustnessCase } from '../../../generators/robustness/cases.ts';
import { unansweredFinding, unjudgeable, type Answer, type Finding } from '../../../generators/robustness/judge.ts';
import { fail, inconclusive } from '../verdicts.ts';

/** What the judges see of an exchange: plain data. */
export function answerOf(exchange: Exchange): Answer {
  return { status: exchange.status, body: exchange.responseBody, json: exchange.json, echoedSecret: exchange.responseEchoedSecret };
}

/** Sends a request; no answer within the timeout is itself a failure. */
export async function sendOrFail(client: TwentyClient, spec: Parameters<TwentyClient['request']>[0], what: string): Promise<Exchange> {
  try {
    return await client.request(spec);
  } catch (error) {
    if (error instanceof RequestTimeoutError) fail(unansweredFinding(error.timeoutMs, what));
    throw error;
  }
}

/** Fails the check with the judge's finding on this exchange, if any. */
export function failOnFinding(exchange: Exchange, judge: (answer: Answer) => Finding | null): void {
  const finding = judge(answerOf(exchange));
  if (finding) fail({ ...finding, exchange });
}

/** Sends one case and judges its answer, unless the input was never read. */
export async function sendAndJudge(client: TwentyClient, value: RobustnessCase, judge: (answer: Answer) => Finding | null): Promise<void> {
  const exchange = await sendOrFail(client, { method: 'GET', path: value.path, query: value.query }, value.why);
  const reason = unjudgeable(answerOf(exchange));
  if (reason) inconclusive(reason);
  failOnFinding(exchange, judge);
}
