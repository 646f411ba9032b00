// Collects one TestOutcome per test (keyed by its check-id annotation) and writes
// the JSON summary by check ID. It relies only on TestCase/TestResult data, so it
// works the same when Playwright merges shard reports.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FullConfig, FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { CHECKS } from '../../generators/checks/catalogue.ts';
import { redact } from '../../generators/client/redact.ts';
import { exitCodeOf, summariseChecks, totalsOf } from '../../generators/report/aggregate.ts';
import { renderRunReports } from '../../generators/report/run-reports.ts';
import type { RunSummary } from '../../generators/report/run-summary.ts';
import type { TestOutcome } from '../../generators/report/test-outcome.ts';
import { loadRunState, runStatePath } from '../../runtime/run-state.ts';
import { firstLine, outcomeOf, runSecrets } from './outcome-of.ts';

export const SUMMARY_FILE = 'summary.json';

/** summary.json and the pages rendered from it (report.html, summary.md, badge.svg), token-free. */
export function writeRunReports(reportDir: string, summary: RunSummary, secrets: readonly string[]): void {
  const clean = JSON.parse(redact(JSON.stringify(summary), secrets)) as RunSummary;
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, SUMMARY_FILE), `${JSON.stringify(clean, null, 2)}\n`);
  for (const [name, body] of Object.entries(renderRunReports(clean))) writeFileSync(join(reportDir, name), body);
}

export default class SummaryReporter implements Reporter {
  private readonly outcomes: TestOutcome[] = [];
  private readonly started = Date.now();
  /** Errors outside any test (a spec that fails to load, a crashed worker). */
  private readonly runErrors: string[] = [];

  /** Locations are shown relative to the suite's root (the folder of playwright.config.ts). */
  private root = process.cwd();

  constructor(private readonly options: { reportDir: string }) {}

  onBegin(config: FullConfig): void {
    if (config.configFile) this.root = dirname(config.configFile);
  }

  printsToStdio(): boolean {
    return false;
  }

  onError(error: TestError): void {
    this.runErrors.push(firstLine(error.message ?? error.value) ?? 'unknown error');
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const outcome = outcomeOf(test, result, this.root);
    if (outcome) this.outcomes.push(outcome);
  }

  onEnd(_result: FullResult): void {
    const state = runStatePath() ? loadRunState() : undefined;
    const waivers = new Map(Object.entries(state?.waivers ?? {}));
    const checks = summariseChecks(CHECKS, this.outcomes, waivers);
    const profile = state?.config.profile ?? 'gate';
    const summary: RunSummary = {
      tool: 'twenty-conformance',
      version: state?.version ?? '0.0.0',
      startedAt: state?.startedAt ?? new Date(this.started).toISOString(),
      durationMs: Math.max(0, Date.now() - (state ? Date.parse(state.startedAt) : this.started)),
      target: state?.target ?? { baseUrl: 'unknown (merged report)', embeddedReference: false, referenceFault: null },
      profile,
      seed: state?.config.seed ?? 0,
      shard: state?.config.shard ? `${state.config.shard.index}/${state.config.shard.total}` : null,
      document: state
        ? {
            source: state.document.source,
            valid: state.document.valid,
            openapiVersion: state.document.openapiVersion,
            legacy: state.document.legacy,
            objects: state.document.objects,
            findings: state.document.findings,
          }
        : { source: 'unknown', valid: false, openapiVersion: '', legacy: false, objects: 0, findings: [] },
      checks,
      totals: totalsOf(checks),
      requests: this.outcomes.reduce((sum, outcome) => sum + outcome.requests, 0),
      maxRequests: state?.config.maxRequests ?? null,
      runErrors: this.runErrors,
      // An error outside any check means the run proves nothing (exit 2).
      exitCode: this.runErrors.length > 0 ? 2 : exitCodeOf(checks, profile),
    };
    // A run without a verdict says why in one line, like a run that stopped early.
    const internal = checks.find((check) => check.verdict === 'internal-error');
    const error = this.runErrors[0] ?? (internal ? `internal error of the suite in ${internal.id}: ${internal.reasons[0] ?? ''}` : undefined);
    const written = summary.exitCode === 2 && error !== undefined ? { ...summary, error } : summary;
    writeRunReports(this.options.reportDir, written, runSecrets());
  }
}
