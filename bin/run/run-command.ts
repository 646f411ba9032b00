// `twenty-conformance [run]`: resolve the configuration, start the embedded
// reference when no deployment is given, run the OpenAPI stage, hand the run
// state to Playwright, then print the summary by check ID and set the exit code.
import { REQUEST_LEDGER_FILE } from '../../runtime/client/request-ledger.ts';
import { PACER_ENV, startPacingAuthority, type PacingAuthority } from '../../runtime/client/pacing-authority.ts';
import { describeLearnedPace, describePace } from '../../generators/client/pace-projection.ts';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { CHECKS } from '../../generators/checks/catalogue.ts';
import { parseRunArgs, RUN_USAGE } from '../../generators/config/parse-run-args.ts';
import type { RunConfig } from '../../generators/config/run-config.ts';
import { envApiKey } from '../../generators/config/api-key.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { schemaErrors } from '../../generators/config/validate-against-schema.ts';
import type { CheckSummary, Totals } from '../../generators/report/aggregate.ts';
import { renderSummary } from '../../generators/report/render-summary.ts';
import { REPORT_PAGES, renderRunReports } from '../../generators/report/run-reports.ts';
import type { RunSummary } from '../../generators/report/run-summary.ts';
import type { RunState } from '../../runtime/run-state.ts';
import { STATE_ENV } from '../../runtime/run-state.ts';
import { redact } from '../../generators/client/redact.ts';
import { abortedJunit, abortedSummary, type AbortedRun } from '../../generators/report/aborted-run.ts';
import { documentFindings, runDocumentStage } from './document-stage.ts';
import { checkDeploymentHealth } from './health-stage.ts';
import { finishRunFixtures, startRunFixtures, tagFields } from './fixture-cleanup.ts';
import { resolveToken } from './token.ts';
import { runWriteStage } from './write-stage.ts';
import { updateFixtureFile } from '../../runtime/fixtures/fixture-file.ts';
import { planLines, type WritePlan } from '../../generators/fixtures/write-plan.ts';
import { readWaivers } from './waivers.ts';
import { PACKAGE_ROOT, PLAYWRIGHT_CONFIG, RUN_ROOT } from './package-layout.ts';
import { runChild } from './child-run.ts';

const require = createRequire(import.meta.url);

export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Record<string, string | undefined>;
}

interface Target {
  baseUrl: string;
  token: string;
  embedded: boolean;
  /** Extra credentials the auth checks may use (embedded reference only). */
  expiredToken?: string;
  stop: () => Promise<void>;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

async function startTarget(config: RunConfig, io: Io): Promise<Target> {
  if (config.baseUrl) {
    const token = resolveToken(config.tokenFile, io.env);
    if (!token) {
      throw new UsageError(
        `a deployment needs an API key: set TWENTY_API_KEY (or --token-file PATH) for ${config.baseUrl}. Create one in Twenty under Settings → APIs & Webhooks.`,
      );
    }
    return { baseUrl: config.baseUrl, token, embedded: false, stop: async () => {} };
  }
  const { startReference, UnknownFaultError } = await import('../../reference/start.ts');
  let reference;
  try {
    reference = await startReference({
      port: 0,
      ...(config.referenceFault ? { fault: config.referenceFault } : {}),
      ...(config.referenceRecords !== undefined && config.referenceRecords !== null ? { seedRecords: config.referenceRecords } : {}),
    });
  } catch (error) {
    if (error instanceof UnknownFaultError) throw new UsageError(`--reference-fault: ${error.message}`);
    throw error;
  }
  return {
    baseUrl: reference.baseUrl,
    token: reference.apiKey,
    embedded: true,
    expiredToken: reference.expiredApiKey,
    stop: () => reference.stop(),
  };
}

function checkSelection(config: RunConfig): string[] {
  const unknown = config.checks.filter((id) => !CHECKS.some((check) => check.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`--check: unknown check ID ${unknown.join(', ')}. Known IDs: ${CHECKS.map((check) => check.id).join(', ')}.`);
  }
  return config.checks;
}

/** Playwright runs as a child so its workers, reporters and exit stay its own. */
function runPlaywright(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return runChild(process.execPath, [require.resolve('@playwright/test/cli'), 'test', ...args], { cwd: RUN_ROOT, env, exitWithoutCode: 1 });
}

/** Cleanup runs to its end: a second Ctrl-C or SIGTERM meanwhile is noted, not obeyed. */
async function withSignalsDeferred<T>(work: () => Promise<T>): Promise<T> {
  const note = () => process.stderr.write('twenty-conformance: removing this run\'s fixtures first…\n');
  process.on('SIGINT', note);
  process.on('SIGTERM', note);
  try {
    return await work();
  } finally {
    process.off('SIGINT', note);
    process.off('SIGTERM', note);
  }
}

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const { help, config } = parseRunArgs(argv, io.env, () => Math.floor(Math.random() * 2 ** 31));
  if (help) {
    io.stdout(RUN_USAGE);
    return 0;
  }
  const configErrors = schemaErrors('run-config.schema.json', config);
  if (configErrors.length > 0) throw new UsageError(`invalid run configuration: ${configErrors.join('; ')}`);
  const selected = checkSelection(config);
  const waivers = config.expectedFailures ? readWaivers(config.expectedFailures) : {};

  const reportDir = resolve(config.reportDir);
  const runDir = join(reportDir, '.run');
  for (const stale of ['allure-results', 'test-results', 'blob', 'summary.json', 'summary.txt', 'junit.xml', ...REPORT_PAGES]) {
    rmSync(join(reportDir, stale), { recursive: true, force: true });
  }
  mkdirSync(runDir, { recursive: true });
  // A new run's budget starts unspent (the ledger is shared by the run's worker processes).
  rmSync(join(runDir, REQUEST_LEDGER_FILE), { force: true });

  const startedAt = new Date();
  const run: RunContext = { reportDir, runDir, selected, waivers, startedAt, baseUrl: config.baseUrl ?? 'embedded reference', secrets: [] };
  try {
    return await runStages(config, io, run);
  } catch (error) {
    // Exit-2 runs still leave reports, so a CI job that keeps only reports/ shows why.
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    writeAbortedReports(config, run, message);
    throw error;
  }
}

interface RunContext {
  reportDir: string;
  runDir: string;
  selected: string[];
  waivers: Record<string, string>;
  startedAt: Date;
  /** The target as far as it is known (for reports of a run that stops early). */
  baseUrl: string;
  embedded?: boolean;
  /** Values no report may contain. */
  secrets: string[];
}

function writeAbortedReports(config: RunConfig, run: RunContext, message: string): void {
  const secrets = [...run.secrets, envToken()].filter((value): value is string => Boolean(value));
  const error = redact(message, secrets).replace(/\s+/g, ' ').trim();
  const aborted: AbortedRun = {
    version: packageVersion(),
    startedAt: run.startedAt.toISOString(),
    durationMs: Date.now() - run.startedAt.getTime(),
    target: { baseUrl: redact(run.baseUrl, secrets), embeddedReference: run.embedded ?? !config.baseUrl, referenceFault: config.referenceFault },
    profile: config.profile,
    seed: config.seed,
    shard: config.shard ? `${config.shard.index}/${config.shard.total}` : null,
    error,
  };
  mkdirSync(run.reportDir, { recursive: true });
  const summary = abortedSummary(aborted);
  writeFileSync(join(run.reportDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  // The pages people read say why too (report.html, summary.md for the CI job summary, the badge).
  for (const [name, body] of Object.entries(renderRunReports(summary))) writeFileSync(join(run.reportDir, name), body);
  writeFileSync(join(run.reportDir, 'junit.xml'), abortedJunit(aborted));
  writeFileSync(join(run.reportDir, 'summary.txt'), `Result: NO VERDICT (exit 2): ${error}\n`);
}

/** A summary the runner overrules (no check ran): exit 2 with the reason, in summary.json and its pages. */
function markWithoutVerdict(reportDir: string, message: string): void {
  const path = join(reportDir, 'summary.json');
  const summary = JSON.parse(readFileSync(path, 'utf8')) as RunSummary;
  const overruled: RunSummary = { ...summary, exitCode: 2, error: message, runErrors: [...summary.runErrors, message] };
  writeFileSync(path, `${JSON.stringify(overruled, null, 2)}\n`);
  for (const [name, body] of Object.entries(renderRunReports(overruled))) writeFileSync(join(reportDir, name), body);
}

function envToken(): string | undefined {
  return envApiKey(process.env);
}

async function runStages(config: RunConfig, io: Io, run: RunContext): Promise<number> {
  // One pace for every request of the run, whichever process sends it (pacing-authority.ts).
  const pacing = await startPacingAuthority(config.rate, { onPaceChange: (spacing) => spacing !== null && io.stdout(describeLearnedPace(spacing)) });
  try {
    return await runPacedStages(config, io, run, pacing);
  } finally {
    await pacing.close();
  }
}

async function runPacedStages(config: RunConfig, io: Io, run: RunContext, pacing: PacingAuthority): Promise<number> {
  const { reportDir, runDir, selected, waivers, startedAt } = run;
  const target = await startTarget(config, io);
  run.baseUrl = target.baseUrl;
  run.embedded = target.embedded;
  run.secrets.push(target.token);
  try {
    io.stdout(
      `twenty-conformance ${packageVersion()} · ${target.baseUrl}${target.embedded ? ' (embedded reference' + (config.referenceFault ? `, fault ${config.referenceFault}` : '') + ')' : ''} · profile ${config.profile} · seed ${config.seed}`,
    );
    const pace = describePace(config.rate, config.maxRequests);
    if (pace) io.stdout(pace);
    const stage = await runDocumentStage(config, target, io, pacing.pacer);
    const health = await checkDeploymentHealth(config, target, stage.catalogue, pacing.pacer);
    const documentPath = join(runDir, 'document.json');
    writeFileSync(documentPath, JSON.stringify(stage.document));
    io.stdout(
      `document: ${stage.origin} · OpenAPI ${stage.catalogue.openapiVersion || '?'} · ${stage.valid ? 'valid' : `INVALID (${stage.validationErrors.length} errors)`} · ${stage.catalogue.objects.length} objects · ${stage.findings.length} findings`,
    );

    const fixtures = startRunFixtures(config, runDir);
    let writePlan: WritePlan | null = null;
    if (fixtures) {
      io.stdout(`fixtures: removed at the end; if the run is killed: npx twenty-conformance cleanup --run ${fixtures.runId}`);
      try {
        writePlan = await runWriteStage(config, target, stage.catalogue, fixtures, pacing.pacer);
      } catch (error) {
        // Whatever a probe left is removed before the run stops.
        await withSignalsDeferred(() => finishRunFixtures(fixtures, target, stage.catalogue, config));
        throw error;
      }
      const plan = writePlan;
      updateFixtureFile(fixtures.path, (file) => ({ ...file, targets: plan.objects }));
      for (const line of planLines(plan)) io.stdout(line);
      io.stdout(`fixtures: tagged tcfix-${fixtures.runId} in ${tagFields(stage.catalogue, plan.objects)}`);
    }
    const spent = health.requests + (writePlan?.requests ?? 0);
    const state: RunState = {
      version: packageVersion(),
      startedAt: startedAt.toISOString(),
      // The health probes and the write stage came out of the run's budget.
      config: { ...config, reportDir, ...(config.maxRequests ? { maxRequests: Math.max(1, config.maxRequests - spent) } : {}) },
      target: { baseUrl: target.baseUrl, embeddedReference: target.embedded, referenceFault: config.referenceFault },
      document: {
        source: stage.origin,
        valid: stage.valid,
        openapiVersion: stage.catalogue.openapiVersion,
        legacy: stage.catalogue.legacy,
        objects: stage.catalogue.objects.length,
        validationErrors: stage.validationErrors,
        findings: documentFindings(stage),
        path: documentPath,
      },
      catalogue: stage.catalogue,
      metadata: stage.metadata,
      waivers,
      fixtures,
      writePlan,
    };
    const statePath = join(runDir, 'state.json');
    writeFileSync(statePath, JSON.stringify(state, null, 2));

    const args = ['--config', PLAYWRIGHT_CONFIG];
    if (selected.length > 0) args.push('--grep', selected.map((id) => `@${id}(?![0-9])`).join('|'));
    if (config.shard) args.push('--shard', `${config.shard.index}/${config.shard.total}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      [STATE_ENV]: statePath,
      [PACER_ENV]: pacing.address,
      TWENTY_API_KEY: target.token,
      FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
    };
    if (target.expiredToken) env.TWENTY_CONFORMANCE_EXPIRED_TOKEN = target.expiredToken;
    const playwrightExit = await runPlaywright(args, env);
    // However Playwright ended, nothing the run wrote may survive it.
    const finished = await withSignalsDeferred(() => finishRunFixtures(fixtures, target, stage.catalogue, config, pacing.pacer));
    for (const problem of finished.problems) io.stderr(`fixtures: ${problem}`);
    if (finished.removedByRunner > 0) io.stdout(`fixtures: removed ${finished.removedByRunner} record(s) the teardown did not reach`);
    if (finished.refused) {
      // Exit-2 runs leave reports too: the one line is the run's error.
      writeAbortedReports(config, run, finished.refused);
      io.stderr(`twenty-conformance: ${finished.refused}`);
      return 2;
    }

    const summaryPath = join(reportDir, 'summary.json');
    if (!existsSync(summaryPath)) {
      if (playwrightExit === 130) {
        io.stderr(`twenty-conformance: interrupted${fixtures ? "; the run's fixtures were removed" : ''}.`);
        return 130;
      }
      const message = `the test run ended (exit ${playwrightExit}) without writing ${summaryPath}; see the output above.`;
      writeAbortedReports(config, run, message);
      io.stderr(message);
      return 2;
    }
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as {
      checks: CheckSummary[];
      totals: Totals;
      requests: number;
      durationMs: number;
      runErrors: string[];
      exitCode: 0 | 1 | 2;
    };
    const summaryProblems = schemaErrors('summary.schema.json', summary);
    if (summaryProblems.length > 0) io.stderr(`warning: summary.json does not match its schema: ${summaryProblems.join('; ')}`);
    const text = renderSummary({
      target: `${target.baseUrl}${target.embedded ? ' (embedded reference)' : ''}`,
      profile: config.profile,
      seed: config.seed,
      checks: summary.checks,
      totals: summary.totals,
      findings: documentFindings(stage),
      requests: summary.requests,
      durationMs: summary.durationMs,
      exitCode: summary.exitCode,
    });
    writeFileSync(join(reportDir, 'summary.txt'), `${text}\n`);
    io.stdout('');
    io.stdout(text);
    io.stdout(`Report: ${join(reportDir, 'report.html')} · also summary.json, summary.md, badge.svg, junit.xml, html/, allure-results/`);
    if (playwrightExit === 130) return 130;
    // A run that could not run its checks proves nothing: never report it as conformant.
    if (summary.runErrors.length > 0) {
      io.stderr(`the run had ${summary.runErrors.length} error(s) outside any check, first: ${summary.runErrors[0]}`);
      return 2;
    }
    const internal = summary.checks.filter((check) => check.verdict === 'internal-error');
    if (internal.length > 0) {
      io.stderr(
        `the suite met an internal error in ${internal.map((check) => check.id).join(', ')} (not a verdict on the server), first: ${internal[0]?.reasons[0] ?? 'see the output above'}`,
      );
      return 2;
    }
    if (summary.checks.length === 0) {
      const message =
        selected.length > 0
          ? `no check ran: --check ${selected.join(',')} selects no test in profile ${config.profile}.`
          : 'no check ran: the catalogue produced no tests; see the output above.';
      markWithoutVerdict(reportDir, message);
      io.stderr(message);
      return 2;
    }
    return summary.exitCode;
  } finally {
    await target.stop();
  }
}
