// Token redaction by value. A server may echo the token back (in an error body, a
// redirect URL, a header), so every text this stage produces passes through here.

export const REDACTED = '[REDACTED]';

export function redactToken(text: string, token: string | undefined): string {
  if (token === undefined || token === '') return text;
  return text.split(token).join(REDACTED);
}
