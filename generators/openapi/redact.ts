// Token redaction by value for the document stage: the client's one redactor
// (raw, URL-encoded and base64 forms), applied to the single token this stage holds.
import { REDACTED, redact } from '../client/redact.ts';

export { REDACTED };

export function redactToken(text: string, token: string | undefined): string {
  return token ? redact(text, [token]) : text;
}
