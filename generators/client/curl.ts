// A ready-to-run, token-free curl command for an exchange. The real token
// becomes the shell variable $TWENTY_API_KEY; other secrets become visible
// placeholders such as <expired token>, so a reader sees the request was
// deliberately wrong without learning the value.
import type { Exchange } from './exchange.ts';

export const TOKEN_VARIABLE = '$TWENTY_API_KEY';

/** POSIX single-quoting: everything literal, `'` written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Quotes text so that only $TWENTY_API_KEY expands (double quotes, everything else escaped). */
export function shellQuoteExpandingToken(text: string): string {
  if (!text.includes(TOKEN_VARIABLE)) return shellQuote(text);
  const escape = (part: string) => part.replace(/[\\"$`]/g, (c) => `\\${c}`);
  return `"${text.split(TOKEN_VARIABLE).map(escape).join(TOKEN_VARIABLE)}"`;
}

export function toCurl(exchange: Pick<Exchange, 'method' | 'reproduction'>): string {
  const { url, headers, body } = exchange.reproduction;
  const parts = ['curl -sS', `-X ${exchange.method}`];
  for (const [name, value] of headers) parts.push(`-H ${shellQuoteExpandingToken(`${name}: ${value}`)}`);
  parts.push(shellQuoteExpandingToken(url));
  if (body !== undefined) {
    if (!headers.some(([name]) => name.toLowerCase() === 'content-type')) parts.push(`-H ${shellQuote('Content-Type: application/json')}`);
    parts.push(`--data ${shellQuoteExpandingToken(body)}`);
  }
  return parts.join(' ');
}
