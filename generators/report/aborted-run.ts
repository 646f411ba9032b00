// Pure: the reports of a run that stopped before or without a verdict (exit 2),
// so a CI job that only keeps reports/ still shows why: a summary.json valid
// against its schema, carrying the error, and a JUnit file with one failing
// case that names the cause.
import { zeroCounts } from '../checks/verdicts.ts';
import type { RunSummary } from './run-summary.ts';

/** The header of summary.json (run-summary.ts) and the one line that says why the run stopped. */
export type AbortedRun = Pick<RunSummary, 'version' | 'startedAt' | 'durationMs' | 'target' | 'profile' | 'seed' | 'shard'> & {
  /** One line: what went wrong and what to do. */
  error: string;
};

export function abortedSummary(run: AbortedRun): RunSummary {
  return {
    tool: 'twenty-conformance',
    version: run.version,
    startedAt: run.startedAt,
    durationMs: Math.max(0, Math.round(run.durationMs)),
    target: run.target,
    profile: run.profile,
    seed: run.seed,
    shard: run.shard,
    document: { source: 'not loaded', valid: false, openapiVersion: '', legacy: false, objects: 0, findings: [] },
    checks: [],
    totals: zeroCounts(),
    requests: 0,
    runErrors: [run.error],
    exitCode: 2,
    error: run.error,
  };
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function abortedJunit(run: AbortedRun): string {
  const seconds = (Math.max(0, run.durationMs) / 1000).toFixed(3);
  const name = `twenty-conformance could not run: ${run.error}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="twenty-conformance" tests="1" failures="1" errors="0" skipped="0" time="${seconds}">`,
    `  <testsuite name="run" timestamp="${xmlEscape(run.startedAt)}" tests="1" failures="1" errors="0" skipped="0" time="${seconds}">`,
    `    <testcase name="${xmlEscape(name)}" classname="twenty-conformance" time="${seconds}">`,
    `      <failure message="${xmlEscape(run.error)}" type="RunError">${xmlEscape(`${run.error}\ntarget: ${run.target.baseUrl} · profile ${run.profile} · seed ${run.seed} · exit 2`)}</failure>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
