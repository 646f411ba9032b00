// "No response echoes a token": the client already knows whether a registered
// secret (the key, forged and expired keys) was in the raw answer; plain literals
// that are not secrets (the malformed probe) are looked for in the answer text.

export interface EchoEvidence {
  /** Set by the client when the raw body or a header held a registered secret. */
  responseEchoedSecret: boolean;
  responseBody: string;
  responseHeaders: Record<string, string>;
}

/** Null when the answer repeats no credential, else what it repeated and where. */
export function echoProblem(answer: EchoEvidence, literals: readonly string[]): string | null {
  if (answer.responseEchoedSecret) return 'the answer contains the credential that was sent (shown as [REDACTED])';
  for (const literal of literals) {
    if (literal === '') continue;
    if (answer.responseBody.includes(literal)) return `the body repeats the credential ${JSON.stringify(literal)}`;
    const header = Object.entries(answer.responseHeaders).find(([, value]) => value.includes(literal));
    if (header) return `the ${header[0]} header repeats the credential ${JSON.stringify(literal)}`;
  }
  return null;
}
