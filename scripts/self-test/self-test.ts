// The self-test (npm test): proves the suite on the embedded reference.
//   1. typecheck and unit tests of generators/, reference/, bin/, scripts/;
//   2. the suite against the faithful reference must pass, embedded (precise
//      mode) and, as a real deployment gets it, started apart (portable mode);
//   3. the suite against every reference fault must fail (exit 1), every check
//      its catalogue entry declares (caughtBy) among the failures, and the
//      checks that caught it are listed in a mutation table. A fault run selects
//      its declared catchers (the whole suite is proven on the faithful runs),
//      which keeps CI inside its budget.
// It closes with `N passed, N failed`, one item per unit test, the faithful run
// and each fault whose check family exists.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../generators/checks/catalogue.ts';
import type { CheckArea } from '../../generators/checks/check-areas.ts';
import { FAULTS } from '../../reference/faults/catalogue.ts';
import { checksWithoutFault, declaredLine, declaredNotFailed, failingVerdict, noFaultLine } from './declared-checks.ts';
import { faultRunChecks, faultVerdict, isSelfTestFailure, renderCheckTable, renderMutationTable, type FaultRun } from './mutation-table.ts';
import { portableGateStage } from './portable-stage.ts';
import { packageStage } from './package-stage.ts';
import { describeLargeRun, runLargeWorkspace } from './large-workspace.ts';
import { writeStages } from './write-stages.ts';
import { pacingItems } from './pacing-stage.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const selfTestDir = join(root, 'reports', 'self-test');
const SEED = 20261127;
const PARALLEL_FAULT_RUNS = 2;
// Fault runs keep the targeted probes but fewer random cases per property, so the
// whole self-test fits CI's budget; the faithful run keeps gate's full 100.
const FAULT_RUN_PROPERTY_RUNS = 25;

interface Finished {
  code: number;
  output: string;
}

/** Runs a node script; echoes its output live or writes it to a log file. */
function run(args: string[], options: { echo: boolean; log?: string }): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = options.log ? createWriteStream(options.log) : undefined;
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stdout.write(chunk);
      log?.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      log?.end();
      resolve({ code: code ?? 1, output });
    });
  });
}

function unitCounts(output: string): { passed: number; failed: number } {
  const count = (label: string) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

/** Checks that failed (a SHOULD check's failure is its warning). */
function failedChecks(reportDir: string): string[] {
  const path = join(reportDir, 'summary.json');
  if (!existsSync(path)) return [];
  const summary = JSON.parse(readFileSync(path, 'utf8')) as { checks: { id: string; verdict: string }[] };
  const level = (id: string) => CHECKS.find((check) => check.id === id)?.level ?? 'MUST';
  return summary.checks.filter((check) => failingVerdict(level(check.id), check.verdict)).map((check) => check.id);
}

async function suiteRun(name: string, extra: string[]): Promise<{ code: number; reportDir: string; log: string }> {
  const reportDir = join(selfTestDir, name);
  mkdirSync(reportDir, { recursive: true });
  const log = join(reportDir, 'run.log');
  const { code } = await run(
    [join(root, 'bin', 'twenty-conformance.js'), '--seed', String(SEED), '--report-dir', reportDir, '--workers', '1', ...extra],
    { echo: false, log },
  );
  return { code, reportDir, log };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}

export async function selfTest(argv: string[]): Promise<number> {
  const only = argv.filter((arg) => !arg.startsWith('-'));
  rmSync(selfTestDir, { recursive: true, force: true });
  mkdirSync(selfTestDir, { recursive: true });
  let passed = 0;
  let failed = 0;
  const started = Date.now();

  console.log('== 1/3 typecheck and unit tests');
  const typecheck = await run([join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], { echo: true });
  if (typecheck.code === 0) passed++;
  else failed++;
  console.log(typecheck.code === 0 ? 'typecheck: ok' : 'typecheck: FAILED');
  const unit = await run([join(root, 'bin', 'unit-tests.js')], { echo: true });
  const counts = unitCounts(unit.output);
  passed += counts.passed;
  failed += counts.failed + (unit.code !== 0 && counts.failed === 0 ? 1 : 0);

  const pacing = only.length === 0 ? pacingItems(root, join(selfTestDir, 'pacing'), SEED) : Promise.resolve([]); // issue 15: mostly waiting, runs alongside
  console.log('\n== 2/3 the suite against the faithful reference');
  const faithful = await suiteRun('faithful', []);
  const faithfulOk = faithful.code === 0;
  console.log(`faithful reference: exit ${faithful.code} ${faithfulOk ? '(conformant, as it must be)' : `— FAILED, see ${faithful.log}`}`);
  if (!faithfulOk) console.log(readFileSync(faithful.log, 'utf8').split('\n').slice(-60).join('\n'));
  if (faithfulOk) passed++;
  else failed++;

  console.log('\n== 2b/3 the suite in portable mode: gate against a separately started reference, no expired key');
  const portable = await portableGateStage(root, join(selfTestDir, 'portable'), SEED, FAULT_RUN_PROPERTY_RUNS);
  console.log(portable.line);
  if (portable.ok) passed++;
  else failed++;
  // Issue 8: a reference built from a large workspace document (--datamodel) must pass too.
  console.log('\n== 2c/3 the suite against a reference built from the large workspace document');
  const large = await runLargeWorkspace(selfTestDir, SEED);
  console.log(`large workspace: ${large.objects} objects, reference up in ${large.startSeconds.toFixed(1)} s`);
  for (const largeRun of large.runs) {
    console.log(describeLargeRun(largeRun));
    if (largeRun.ok) passed++;
    else failed++;
  }
  console.log(`large workspace stage: ${large.totalSeconds.toFixed(0)} s`);
  console.log('\n== 2d/3 the writing profiles: small workspaces, killed runs');
  if (only.length === 0) {
    const stages = await writeStages(suiteRun, selfTestDir);
    passed += stages.passed;
    failed += stages.failed;
  } else console.log('  skipped: faults were named (the full self-test runs it)');
  console.log('\n== 2e/3 the package: packed, installed offline into an empty project, run from there (smoke, install, the action)');
  if (only.length === 0) {
    const packaged = await packageStage(root, join(selfTestDir, 'package'), SEED);
    passed += packaged.passed;
    failed += packaged.failed;
  } else console.log('  skipped: faults were named (the full self-test runs it)');

  console.log('\n== 3/3 the suite against every fault of the reference');
  const builtFamilies = new Set<CheckArea>(CHECKS.map((check) => check.area));
  const faults = FAULTS.filter((fault) => only.length === 0 || only.includes(fault.name));
  const runs = await mapLimited(faults, PARALLEL_FAULT_RUNS, async (fault): Promise<FaultRun> => {
    const checks = faultRunChecks(fault, CHECKS);
    const result = await suiteRun(join('faults', fault.name), ['--reference-fault', fault.name, '--runs', String(FAULT_RUN_PROPERTY_RUNS), '--check', checks.join(',')]);
    const faultRun: FaultRun = { name: fault.name, area: fault.area, exitCode: result.code, caughtBy: failedChecks(result.reportDir), declared: fault.caughtBy };
    console.log(`  ${fault.name.padEnd(30)} exit ${result.code}  ${faultVerdict(faultRun, builtFamilies)}`);
    return faultRun;
  });
  console.log('');
  console.log(renderMutationTable(runs, builtFamilies));
  console.log('');
  console.log(renderCheckTable(CHECKS, FAULTS, runs));
  // Proof per check: a check no fault declares was never shown able to fail.
  for (const id of checksWithoutFault(CHECKS, FAULTS)) {
    failed++;
    console.log(`  ${noFaultLine(id)}`);
  }
  for (const faultRun of runs) {
    const verdict = faultVerdict(faultRun, builtFamilies);
    if (isSelfTestFailure(verdict)) {
      failed++;
      const missing = declaredNotFailed(faultRun.declared ?? [], faultRun.caughtBy);
      const why = verdict === 'DECLARED CHECK PASSED' ? declaredLine(faultRun.name, missing, faultRun.caughtBy) : `${faultRun.name}: ${verdict}`;
      console.log(`  ${why} — log: ${join(selfTestDir, 'faults', faultRun.name, 'run.log')}`);
    } else if (verdict === 'caught') passed++;
  }

  for (const ok of await pacing) ok ? passed++ : failed++;
  console.log(`\nself-test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
