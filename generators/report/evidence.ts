// Pure: the attachment that carries a check failure's evidence from the test to
// the reporters (it survives shard merging, like every attachment), and its
// reading back, with any secret the reporter knows of masked once more.
import { redact } from '../client/redact.ts';
import type { FailureEvidence } from './test-outcome.ts';

export const EVIDENCE_ATTACHMENT = 'check-failure.json';

const FIELDS = ['test', 'received', 'expected', 'hint', 'exchange', 'reproducer', 'replay'] as const;

/** The evidence in an attachment body, or undefined when it is not one; strings only, secrets masked. */
export function readEvidence(body: string, secrets: readonly string[]): FailureEvidence | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (typeof record.test !== 'string' || typeof record.received !== 'string' || typeof record.expected !== 'string') return undefined;
  const evidence: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value === 'string') evidence[field] = redact(value, secrets);
  }
  return evidence as unknown as FailureEvidence;
}
