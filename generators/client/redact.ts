// Redaction by value: a secret is hidden wherever it appears, whatever the
// field it travels in, because a server may echo it anywhere (an error body,
// a Location header, a URL it builds). Encoded forms are hidden too, since a
// token put in a query string or a Basic header no longer looks like itself.

export const REDACTED = '[REDACTED]';

/** The spellings of one secret that may appear on the wire or in a log. */
export function secretForms(secret: string): string[] {
  if (secret === '') return [];
  const forms = new Set<string>([secret]);
  forms.add(encodeURIComponent(secret));
  // URLSearchParams writes spaces as '+'.
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  forms.add(base64);
  forms.add(base64.replace(/=+$/, ''));
  forms.add(Buffer.from(secret, 'utf8').toString('base64url'));
  forms.add(encodeURIComponent(base64));
  return [...forms].filter((form) => form !== '');
}

/** Replaces every known form of every secret by `[REDACTED]`. Pure. */
export function redact(text: string, secrets: readonly string[]): string {
  // Longest first, so that a secret containing another one is hidden whole.
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out;
}

/** Redacts the values of a header map (names are not secret). */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = redact(value, secrets);
  return out;
}
