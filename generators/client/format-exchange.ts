// Human-readable evidence for a finding: `[status] METHOD url`, the response
// headers with volatile values masked (so two runs print the same text), and
// the body cut to a readable size.
import type { Exchange } from './exchange.ts';

const VOLATILE_HEADERS = new Set(['date', 'etag', 'x-request-id', 'x-response-time', 'set-cookie', 'age', 'last-modified', 'keep-alive']);

export interface FormatOptions {
  /** Body characters kept (default 500). */
  maxBody?: number;
  /** Print response headers (default true). */
  headers?: boolean;
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

export function maskVolatileHeaders(headers: Record<string, string>): Array<[string, string]> {
  return Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), VOLATILE_HEADERS.has(name.toLowerCase()) ? '<volatile>' : value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function formatExchange(exchange: Exchange, options: FormatOptions = {}): string {
  const lines = [`[${exchange.status}] ${exchange.method} ${exchange.url}`];
  if (options.headers ?? true) {
    for (const [name, value] of maskVolatileHeaders(exchange.responseHeaders)) lines.push(`  ${name}: ${value}`);
  }
  if (exchange.responseBody !== '') lines.push(truncate(exchange.responseBody, options.maxBody ?? 500));
  return lines.join('\n');
}
