// "No response echoes a token": the client already knows whether a registered
// secret (the key, forged and expired keys) was in the raw answer; plain literals
// that are not secrets (the malformed probe) are looked for in the answer text.
import type { Finding } from './answer-rules.ts';
import { PROBES } from './credential-probes.ts';

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

/** One probe's answer, with the plain literals it sent (the probe name is any label, e.g. `malformed`). */
export interface EchoSeen<E extends EchoEvidence & { status: number }> {
  probe: string;
  answer: E;
  literals: readonly string[];
}

/**
 * AUTH-011: no answer, accepted or rejected, repeats the credential it was sent.
 * `shownBy` is the first answer that does.
 */
export function judgeNoEcho<E extends EchoEvidence & { status: number }>(seen: readonly EchoSeen<E>[]): (Finding & { shownBy: E }) | null {
  const echoes: string[] = [];
  let shownBy: E | undefined;
  for (const { probe, answer, literals } of seen) {
    const problem = echoProblem(answer, literals);
    if (problem) {
      echoes.push(`${probe} (HTTP ${answer.status}): ${problem}`);
      shownBy ??= answer;
    }
  }
  if (shownBy === undefined) return null;
  return { received: echoes.join('; '), expected: 'no answer repeats the credential it was sent', shownBy };
}

/** AUTH-011 on the OpenAPI route: the document answered to a query-string token does not carry it. */
export function judgeNoEchoInDocument(answer: EchoEvidence): Finding | null {
  const problem = echoProblem(answer, []);
  if (problem === null) return null;
  return { received: problem, expected: `no credential in the answer to GET /rest/open-api/core with ${PROBES['query-token'].description}` };
}
