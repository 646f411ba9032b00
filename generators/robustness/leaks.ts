// Leak detection in an error answer: stack traces, database internals, file
// paths and tokens have no business in a client's error body (contract §6.1:
// the body is {statusCode, error, messages}). A server may quote the request
// back ("'x' is not a valid UUID"), so text found inside the request's own
// inputs is an echo, never a leak. judgeNoLeak is the rule of ROB-008.
import type { Answer, Finding } from './judge.ts';

export type LeakKind = 'stack trace' | 'database internals' | 'file path' | 'token';

export interface Leak {
  kind: LeakKind;
  /** The matched text, cut short. */
  excerpt: string;
}

const PATTERNS: readonly [LeakKind, RegExp][] = [
  ['stack trace', /(?:^|\n)\s+at (?:async )?[\w$.<>[\] ]*\(?[^\n]*:\d+:\d+\)?/g],
  ['stack trace', /\b(?:Error|Exception): [^\n]*\n\s+at /g],
  ['stack trace', /\n\s{2,}at [\w$.<>[\]]+ \(/g],
  ['database internals', /syntax error at (?:or near|end of input)/g],
  ['database internals', /\bQueryFailedError\b/g],
  ['database internals', /\b(?:relation|column) "[^"]*" (?:does not exist|of relation)/g],
  ['database internals', /invalid input (?:syntax|value) for (?:type|enum)\b/g],
  ['database internals', /\bviolates (?:foreign key|not-null|unique|check) constraint\b/g],
  ['database internals', /\bpg_[a-z_]+/g],
  ['database internals', /\bworkspace_[a-z0-9]{8,}\b/g],
  ['database internals', /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^\n]{0,200}\b(?:FROM|VALUES|SET|WHERE)\b/g],
  // Not inside a URL: `https://host/app/x/` is a link, `(/app/x/` a path.
  ['file path', /(?:(?<![\w.-])\/(?:usr|app|home|opt|srv|var|tmp|root)\/[\w.@-]+\/[\w./@-]*|[A-Za-z]:\\[\w\\. -]+)/g],
  ['file path', /\bnode_modules\/[\w@./-]+/g],
  ['file path', /[\w./-]+\.(?:ts|js|mjs|cjs):\d+(?::\d+)?/g],
  ['token', /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/g],
];

/** Every string in a JSON value (keys too), so escaped newlines in messages read as newlines. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...textsOf(inner)]);
  }
  return [];
}

/**
 * Leaks in an answer. `body` is the raw text, `json` its parse (if any): JSON
 * strings are scanned decoded. `inputs` are the request's own texts (decoded);
 * `echoedSecret` says the raw answer contained a registered secret (the client
 * redacts it, so the flag is the only evidence left).
 */
export function findLeaks(answer: { body: string; json?: unknown; echoedSecret?: boolean }, inputs: readonly string[]): Leak[] {
  const texts = answer.json === undefined ? [answer.body] : textsOf(answer.json);
  const leaks: Leak[] = answer.echoedSecret ? [{ kind: 'token', excerpt: 'the answer contained the API key (shown redacted)' }] : [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const [kind, pattern] of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const found = match[0].trim();
        if (found === '' || inputs.some((input) => input.includes(found))) continue;
        const key = `${kind}:${found}`;
        if (seen.has(key)) continue;
        seen.add(key);
        leaks.push({ kind, excerpt: found.length > 120 ? `${found.slice(0, 117)}...` : found });
      }
    }
  }
  return leaks;
}

/**
 * ROB-008 (and each refused body of ROB-010): nothing internal in an error
 * answer. Success bodies hold user data and are not scanned, unless the client
 * saw the credential in them.
 */
export function judgeNoLeak(answer: Answer, inputs: readonly string[]): Finding | null {
  if (answer.status < 400 && !answer.echoedSecret) return null;
  const leaks = findLeaks(answer, inputs);
  const [first] = leaks;
  if (!first) return null;
  return {
    received: `${leaks.length} leak(s) in an HTTP ${answer.status} answer; first: ${first.kind}: ${first.excerpt}`,
    expected: 'an error body with the exception name and a client-facing message only',
  };
}
