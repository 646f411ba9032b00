// The run's progress on the terminal. On a TTY, one live line redrawn in place
// (checks done of total, requests spent of the budget, elapsed and projected
// time); without one (CI logs), one line per finished area. The text comes from
// the pure formatters in generators/report/progress.ts. Requests spent: the
// run's request ledger when it has a budget (every worker appends to it, so it
// is the truth), else the sum of the finished tests' request counts.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { CHECKS } from '../../generators/checks/catalogue.ts';
import { ANNOTATION } from '../../generators/checks/verdicts.ts';
import { REQUEST_LEDGER_FILE } from '../../runtime/client/request-ledger.ts';
import { summariseChecks } from '../../generators/report/aggregate.ts';
import { formatAreaLine, formatLiveLine, type Progress } from '../../generators/report/progress.ts';
import type { TestOutcome } from '../../generators/report/test-outcome.ts';
import { loadRunState, runStatePath, type RunState } from '../../runtime/run-state.ts';
import { checkIdOf, firstLine, outcomeOf } from './outcome-of.ts';

const CLEAR_LINE = '\r\u001b[2K';

interface AreaTally {
  total: number;
  outcomes: TestOutcome[];
}

export default class ProgressReporter implements Reporter {
  private readonly live: boolean;
  private state: RunState | undefined;
  private root = process.cwd();
  private started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  /** Tests per check and per area, in catalogue order of first appearance. */
  private readonly testsPerCheck = new Map<string, number>();
  private readonly areas = new Map<string, AreaTally>();
  private readonly outcomes: TestOutcome[] = [];
  private areasDone = 0;
  private drawn = false;

  constructor(options: { live?: boolean } = {}) {
    this.live = options.live ?? (Boolean(process.stdout.isTTY) && !process.env.CI);
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.started = Date.now();
    if (config.configFile) this.root = dirname(config.configFile);
    this.state = runStatePath() ? loadRunState() : undefined;
    const areaOf = new Map<string, string>(CHECKS.map((check) => [check.id, check.area]));
    for (const test of suite.allTests()) {
      const id = checkIdOf(test);
      if (!id) continue;
      this.testsPerCheck.set(id, (this.testsPerCheck.get(id) ?? 0) + 1);
      const area = areaOf.get(id) ?? 'other';
      const tally = this.areas.get(area) ?? { total: 0, outcomes: [] };
      tally.total++;
      this.areas.set(area, tally);
    }
    if (this.live) {
      this.draw();
      this.timer = setInterval(() => this.draw(), 1000);
      this.timer.unref();
    } else {
      const checks = this.testsPerCheck.size;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      process.stdout.write(`Running ${plural(checks, 'check')} (${plural(this.testsTotal(), 'test')}) in ${plural(this.areas.size, 'area')}\n`);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const outcome = outcomeOf(test, result, this.root);
    if (!outcome) return;
    this.outcomes.push(outcome);
    // The suite's own errors are for its developers: shown whole, as the list reporter did.
    const [internal] = summariseChecks(CHECKS, [outcome]).filter((check) => check.verdict === 'internal-error');
    if (internal) {
      const error = result.errors[0];
      this.print(`internal error of the suite in ${outcome.checkId} (${test.location.file}:${test.location.line}): ${error?.stack ?? error?.message ?? internal.reasons[0] ?? result.status}\n`);
    }
    const area = CHECKS.find((check) => check.id === outcome.checkId)?.area ?? 'other';
    const tally = this.areas.get(area);
    if (!tally) return;
    tally.outcomes.push(outcome);
    if (tally.outcomes.length === tally.total) this.areaFinished(area, tally);
    if (this.live) this.draw();
  }

  onStdOut(chunk: string | Buffer): void {
    this.print(chunk.toString());
  }

  onStdErr(chunk: string | Buffer): void {
    this.print(chunk.toString());
  }

  onError(error: TestError): void {
    this.print(`error: ${firstLine(error.message ?? error.value) ?? 'unknown error'}\n`);
  }

  onEnd(_result: FullResult): void {
    if (this.timer) clearInterval(this.timer);
    if (this.live) {
      process.stdout.write(`${CLEAR_LINE}${formatLiveLine(this.progress(), this.width())}\n`);
      return;
    }
    // Areas cut short (an interrupted run) are named too.
    for (const [area, tally] of this.areas) {
      if (tally.outcomes.length < tally.total) process.stdout.write(`${area}: stopped after ${tally.outcomes.length} of ${tally.total} tests\n`);
    }
  }

  private areaFinished(area: string, tally: AreaTally): void {
    this.areasDone++;
    if (this.live) return;
    const waivers = new Map(Object.entries(this.state?.waivers ?? {}));
    const checks = summariseChecks(CHECKS, tally.outcomes, waivers);
    const line = formatAreaLine({
      area,
      checks,
      requests: tally.outcomes.reduce((sum, outcome) => sum + outcome.requests, 0),
      elapsedMs: Date.now() - this.started,
      index: this.areasDone,
      areas: this.areas.size,
    });
    process.stdout.write(`${line}\n`);
  }

  private testsTotal(): number {
    return [...this.testsPerCheck.values()].reduce((sum, count) => sum + count, 0);
  }

  private progress(): Progress {
    const ended = new Map<string, number>();
    for (const outcome of this.outcomes) ended.set(outcome.checkId, (ended.get(outcome.checkId) ?? 0) + 1);
    const checksDone = [...this.testsPerCheck].filter(([id, total]) => (ended.get(id) ?? 0) >= total).length;
    const failed = new Set(this.outcomes.filter((outcome) => outcome.annotations.some((a) => a.type === ANNOTATION.checkFailure)).map((outcome) => outcome.checkId)).size;
    return {
      checksDone,
      checksTotal: this.testsPerCheck.size,
      testsDone: this.outcomes.length,
      testsTotal: this.testsTotal(),
      requests: this.requestsSpent(),
      budget: this.state?.config.maxRequests ?? null,
      elapsedMs: Date.now() - this.started,
      failed,
    };
  }

  /** The ledger's size is the number of requests every process of the run reserved so far. */
  private requestsSpent(): number {
    const fromTests = this.outcomes.reduce((sum, outcome) => sum + outcome.requests, 0);
    const path = this.state ? join(dirname(this.state.document.path), REQUEST_LEDGER_FILE) : undefined;
    if (!path || !existsSync(path)) return fromTests;
    try {
      return Math.max(fromTests, statSync(path).size);
    } catch {
      return fromTests;
    }
  }

  private width(): number {
    return Math.max(20, (process.stdout.columns || 120) - 1);
  }

  private draw(): void {
    process.stdout.write(`${CLEAR_LINE}${formatLiveLine(this.progress(), this.width())}`);
    this.drawn = true;
  }

  /** Output of a test goes above the live line, which is then drawn again. */
  private print(text: string): void {
    if (this.live && this.drawn) process.stdout.write(CLEAR_LINE);
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    if (this.live) this.draw();
  }
}
