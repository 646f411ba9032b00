// What a reporter knows of one finished test, as a TestOutcome: its check (by
// its check-id annotation), status, verdict annotations, requests, first error
// line, failure evidence and where it is defined. Shared by the summary and
// progress reporters; relies only on TestCase/TestResult data, so it works the
// same when Playwright merges shard reports.
import { relative } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { ANNOTATION } from '../../generators/checks/verdicts.ts';
import { envApiKey } from '../../generators/config/api-key.ts';
import { EVIDENCE_ATTACHMENT, readEvidence } from '../../generators/report/evidence.ts';
import type { FailureEvidence, TestOutcome } from '../../generators/report/test-outcome.ts';

/** Credentials of this run, which no report may contain (the runner hands them to Playwright by environment only). */
export function runSecrets(): string[] {
  return [envApiKey(process.env), process.env.TWENTY_CONFORMANCE_EXPIRED_TOKEN].filter((value): value is string => Boolean(value?.trim()));
}

/** The line that says what went wrong: a check failure's "Received:" line, else the first line. */
export function firstLine(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // Playwright colours assertion messages; the summary is plain text.
  const lines = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim());
  return lines.find((line) => line.startsWith('Received:')) ?? lines.find((line) => line.length > 0);
}

function evidenceOf(result: TestResult): FailureEvidence | undefined {
  const attachment = result.attachments.find((item) => item.name === EVIDENCE_ATTACHMENT && item.body);
  return attachment?.body ? readEvidence(attachment.body.toString('utf8'), runSecrets()) : undefined;
}

/** The test's check ID, or undefined for a test that is no check (fixture setup and teardown). */
export function checkIdOf(test: TestCase): string | undefined {
  return test.annotations.find((annotation) => annotation.type === ANNOTATION.checkId)?.description;
}

/** The outcome of a check's test; undefined for a test that is no check. `root`: locations are relative to it. */
export function outcomeOf(test: TestCase, result: TestResult, root: string): TestOutcome | undefined {
  // Depending on the Playwright version, static annotations are repeated in the result's.
  const seen = new Set<string>();
  const annotations = [...test.annotations, ...result.annotations].filter((annotation) => {
    const key = `${annotation.type}\u0000${annotation.description ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const checkId = annotations.find((annotation) => annotation.type === ANNOTATION.checkId)?.description;
  if (!checkId) return undefined;
  const requests = annotations
    .filter((annotation) => annotation.type === ANNOTATION.requests)
    .reduce((sum, annotation) => sum + Number(annotation.description ?? 0), 0);
  const error = result.errors.map((item) => item.message).find(Boolean);
  const failure = evidenceOf(result);
  return {
    checkId,
    title: test.title,
    status: result.status,
    expectedStatus: test.expectedStatus,
    annotations: annotations.map(({ type, description }) => (description === undefined ? { type } : { type, description })),
    ...(error === undefined ? {} : { error: firstLine(error) }),
    requests,
    ...(failure ? { failure } : {}),
    location: `${relative(root, test.location.file)}:${test.location.line}`,
  };
}
