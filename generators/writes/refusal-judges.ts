// Pure judges of the real-workspace WRITE checks: what the write probes saw
// (WRITE-041: a refusal is a 4xx with Twenty's error body; WRITE-042: a refused
// write wrote nothing) and the duplicate a WRITE-040 batch carries (a variant
// of a live record's unique value that Twenty's canonicalisation makes equal).
import { errorMessageOf, isTwentyRefusal } from '../errors/error-body.ts';
import type { ProbeObservation } from '../fixtures/write-plan.ts';
import { brief, type Answer, type WriteFinding } from './write-answer.ts';

/** Probes that were refused (anything but a 2xx). */
export function refusedProbes(probes: readonly ProbeObservation[]): ProbeObservation[] {
  // A gateway's answer is the proxy speaking, not a refusal of Twenty's.
  return probes.filter((probe) => (probe.status < 200 || probe.status >= 300) && !probe.gateway);
}

const hasErrorBody = (response: string): boolean => {
  try {
    return isTwentyRefusal(JSON.parse(response));
  } catch {
    return false;
  }
};

/** WRITE-041: each refused probe answered 5xx, or without the error body. */
export function refusalStatusViolations(probes: readonly ProbeObservation[]): string[] {
  return refusedProbes(probes).flatMap((probe) => {
    if (probe.status >= 500) return [`${probe.request} on ${probe.plural} answered HTTP ${probe.status}: ${probe.response.slice(0, 160)}`];
    if (probe.status === 429) return [];
    if (probe.status < 400 || !hasErrorBody(probe.response)) return [`${probe.request} on ${probe.plural} answered HTTP ${probe.status} without the error body: ${probe.response.slice(0, 160)}`];
    return [];
  });
}

/** WRITE-042: each refused probe after which records carrying its tag were found. */
export function refusedButWritten(probes: readonly ProbeObservation[]): string[] {
  return refusedProbes(probes)
    .filter((probe) => (probe.wroteAnyway ?? 0) > 0)
    .map((probe) => `${probe.request} on ${probe.plural} was refused (HTTP ${probe.status} ${probe.response.slice(0, 120)}) but ${probe.wroteAnyway} record(s) carrying its tag existed afterwards`);
}

/**
 * A value Twenty stores as the same unique value: e-mails and URL origins in
 * upper case (Twenty lower-cases them), a URL with a trailing slash (removed);
 * any other text exactly as it is.
 */
export function canonicalTwin(kind: string, sub: string | undefined, value: string): string {
  if (kind === 'EMAILS' && sub === 'primaryEmail') return value.toUpperCase();
  if (kind === 'LINKS' && sub === 'primaryLinkUrl') {
    const url = /^(https?:\/\/[^/]+)(.*)$/.exec(value);
    return url ? `${url[1]!.toUpperCase().replace(/^HTTPS?/, (scheme) => scheme.toLowerCase())}${url[2]}/` : `${value}/`;
  }
  return value;
}

/** WRITE-040: a duplicate refusal is a 400 whose message speaks of a duplicate. */
export function isDuplicateRefusal(status: number, body: unknown): boolean {
  return status === 400 && /duplicate/i.test(errorMessageOf(body) ?? '');
}

/** The duplicate a WRITE-040 batch carries: where, the live record's value, and the variant sent. */
export interface Duplicate {
  plural: string;
  /** The unique field's path, e.g. `emails.primaryEmail`. */
  at: string;
  held: string;
  twin: string;
}

/** WRITE-040: the batch whose second record repeats a live unique value is refused as a duplicate. */
export function judgeDuplicateRefused<A extends Answer>(answer: A, duplicate: Duplicate): WriteFinding<A> | null {
  if (isDuplicateRefusal(answer.status, answer.json)) return null;
  return {
    received: brief(answer),
    expected: `400 "A duplicate entry was detected" for a batch whose second record repeats ${duplicate.plural}.${duplicate.at} ${JSON.stringify(duplicate.held)} as ${JSON.stringify(duplicate.twin)}`,
    exchange: answer,
  };
}
