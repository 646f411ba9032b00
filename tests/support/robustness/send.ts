// Sending hostile requests and handing their answers to the ROB judges
// (generators/robustness/): a timeout is a failure (the server did not answer
// clearly), a throttled or unauthenticated answer is inconclusive (the input was
// never read), and a judge's finding fails the check with the exchange as evidence.
import type { TwentyClient } from '../../../runtime/client/twenty-client.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import { RequestTimeoutError } from '../../../generators/client/errors.ts';
import type { RobustnessCase } from '../../../generators/robustness/cases.ts';
import { unansweredFinding, unjudgeable, type Answer, type Finding } from '../../../generators/robustness/judge.ts';
import { fail, inconclusive } from '../verdicts.ts';
import { failOn } from '../fail-on.ts';

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

/** Judges the answer of this exchange and fails the check with what the judge found, if anything. */
export function failOnFinding(exchange: Exchange, judge: (answer: Answer) => Finding | null): void {
  failOn(judge(answerOf(exchange)), exchange);
}

/** Sends one case and judges its answer, unless the input was never read. */
export async function sendAndJudge(client: TwentyClient, value: RobustnessCase, judge: (answer: Answer) => Finding | null): Promise<void> {
  const exchange = await sendOrFail(client, { method: 'GET', path: value.path, query: value.query }, value.why);
  const reason = unjudgeable(answerOf(exchange));
  if (reason) inconclusive(reason);
  failOnFinding(exchange, judge);
}
