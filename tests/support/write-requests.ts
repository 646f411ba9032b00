// The small request helpers every writing spec shares (writes, operations): one
// home each for the envelope key reader, the gateway rule on writes, and the
// status expectation, so the write checks judge the same way. The readings
// themselves are pure (generators/writes/write-answer.ts); this file sends.
import type { Exchange } from '../../generators/client/exchange.ts';
import { isGatewayStatus } from '../../generators/client/gateway.ts';
import type { TwentyClient } from '../../runtime/client/twenty-client.ts';
import { capitalize } from '../../generators/writes/envelope-keys.ts';
import { brief as briefOf, dataOf as dataIn, judgeStatus, type RecordJson } from '../../generators/writes/write-answer.ts';
import { failOn } from './fail-on.ts';
import { inconclusive } from './verdicts.ts';

export { failOn };

export type { RecordJson };
export { capitalize };

export const idOf = (record: RecordJson) => String(record['id']);
export const brief = (exchange: Exchange) => briefOf(exchange);

/** `data[key]` of an answer's envelope. */
export function dataOf(exchange: Exchange, key: string): unknown {
  return dataIn(exchange.json, key);
}

/**
 * A write through the run's client. A 502/503/504 is the gateway speaking, not the
 * server (writes are not retried: one may have happened): nothing to judge.
 */
export async function send(client: TwentyClient, spec: Parameters<TwentyClient['request']>[0]): Promise<Exchange> {
  const exchange = await client.request(spec);
  if (isGatewayStatus(exchange.status)) inconclusive(`the gateway answered ${exchange.status} to ${spec.method} ${spec.path}: nothing to judge`);
  return exchange;
}

export function expectStatus(exchange: Exchange, status: number, what: string): void {
  failOn(judgeStatus(exchange, status, what));
}

