// Bridges the client's Exchange to the validator's input: the caller only
// adds the path template, which the exchange's concrete URL does not carry.
import type { Exchange } from '../client/exchange.ts';
import type { ResponseToValidate } from './response-validator.ts';

export function responseFromExchange(exchange: Pick<Exchange, 'method' | 'status' | 'json'>, pathTemplate: string): ResponseToValidate {
  return { method: exchange.method, pathTemplate, status: exchange.status, body: exchange.json };
}
