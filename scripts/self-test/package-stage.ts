// Self-test stage: the tool as a user installs it. `npm pack` builds the package
// (prepack compiles dist/), the tarball is installed offline into an empty
// project, and from there, with no TypeScript loader and no clone around:
//   - `npx twenty-conformance --profile smoke` against the embedded reference
//     (every read-only spec file runs: exactly smoke's checks must be reported);
//   - `npx twenty-conformance --base-url … --profile install` against a reference
//     started apart with `npx twenty-conformance reference`, one check per area
//     (the fixtures setup and teardown, the writes spec, a real deployment's path);
//   - the GitHub Action's steps (action.yml) with GITHUB_* files, installing the
//     same tarball, against the embedded reference with a fault: exit 1 as the run,
//     its outputs, its job summary, and the artifact upload given the report folder.
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { startReferenceProcess } from '../support/reference-process.ts';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../generators/checks/catalogue.ts';
import { FAULTS } from '../../reference/faults/catalogue.ts';
import { runCompositeAction } from './composite-action.ts';
import { installLockfile, packProblems, runProblems, type StageSummary } from './package-checks.ts';

interface Outcome {
  name: string;
  ok: boolean;
  detail: string;
}

interface Finished {
  code: number;
  output: string;
}

const COMMAND_TIMEOUT_MS = 8 * 60_000;
/** Random cases per property in the install run: the package is on trial here, not the properties. */
const INSTALL_PROPERTY_RUNS = 5;
/** The fault the action's run meets, and the check that must fail on it. */
const ACTION_FAULT = 'signature-not-verified';

/** Runs a command to its end (or a timeout), its output kept and written to `log`. */
function command(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string }): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: { ...(options.env ?? process.env), FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const file = createWriteStream(options.log);
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      file.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => child.kill('SIGTERM'), COMMAND_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      file.end();
      resolve({ code: code ?? 1, output });
    });
  });
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

function readSummary(reportDir: string): StageSummary | undefined {
  const path = join(reportDir, 'summary.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StageSummary) : undefined;
}

function reportsOf(reportDir: string): Record<string, boolean> {
  return Object.fromEntries(['summary.json', 'summary.txt', 'junit.xml', 'html/index.html'].map((name) => [name, existsSync(join(reportDir, name))]));
}

interface Packed {
  tarball: string;
  integrity: string;
  files: string[];
  size: number;
}

async function pack(root: string, workDir: string): Promise<Packed> {
  const { code, output } = await command('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: root, log: join(workDir, 'pack.log') });
  if (code !== 0) throw new Error(`npm pack exited ${code}; see ${join(workDir, 'pack.log')}`);
  const json = output.slice(output.search(/^\[/m));
  const [result] = JSON.parse(json.slice(0, json.lastIndexOf(']') + 1)) as { filename: string; integrity: string; size: number; files: { path: string }[] }[];
  if (!result) throw new Error('npm pack printed no result');
  return { tarball: join(workDir, result.filename), integrity: result.integrity, files: result.files.map((file) => file.path), size: result.size };
}

/** An empty project that depends on the tarball, with a lockfile npm can install offline. */
function seedProject(root: string, dir: string, packed: Packed, spec: string): void {
  mkdirSync(dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const cloneLock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'tc-install-check', private: true, dependencies: { 'twenty-conformance': spec } }, null, 2)}\n`);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(installLockfile(cloneLock, pkg, spec, packed.integrity), null, 2)}\n`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The checks of a profile, as the clone's catalogue lists them. */
function profileChecks(profile: 'smoke' | 'install' | 'gate'): string[] {
  return CHECKS.filter((check) => check.profiles.includes(profile)).map((check) => check.id);
}

/** The first install check of each area: every spec file loads, each area runs one check. */
function onePerArea(): string[] {
  const seen = new Set<string>();
  return CHECKS.filter((check) => check.profiles.includes('install') && !seen.has(check.area) && seen.add(check.area)).map((check) => check.id);
}

async function packAndInstall(root: string, workDir: string, outcomes: Outcome[]): Promise<{ packed: Packed; project: string } | undefined> {
  let started = Date.now();
  const packed = await pack(root, workDir);
  const specs = filesUnder(join(root, 'tests'))
    .filter((path) => path.endsWith('.spec.ts'))
    .map((path) => relative(root, path).split(sep).join('/'));
  const packIssues = packProblems(packed.files, specs);
  outcomes.push({
    name: 'pack',
    ok: packIssues.length === 0,
    detail: packIssues.length === 0 ? `${basename(packed.tarball)}, ${(packed.size / 1024).toFixed(0)} kB, ${packed.files.length} files, compiled JavaScript only (${seconds(started)})` : packIssues.join('; '),
  });
  if (packIssues.length > 0) return undefined;

  started = Date.now();
  const project = join(workDir, 'project');
  const spec = `file:${basename(packed.tarball)}`;
  seedProject(root, project, packed, spec);
  copyFileSync(packed.tarball, join(project, basename(packed.tarball)));
  const install = await command('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: project, log: join(workDir, 'install.log') });
  const loaders = ['tsx', 'typescript'].filter((name) => existsSync(join(project, 'node_modules', name)));
  const installed = install.code === 0 && existsSync(join(project, 'node_modules', '.bin', 'twenty-conformance'));
  outcomes.push({
    name: 'install',
    ok: installed && loaders.length === 0,
    detail: !installed
      ? `npm install --offline exited ${install.code}; see ${join(workDir, 'install.log')}`
      : loaders.length > 0
        ? `a TypeScript toolchain was installed with the package: ${loaders.join(', ')}`
        : `offline into an empty project, no tsx or typescript (${seconds(started)})`,
  });
  return installed ? { packed, project } : undefined;
}

async function smokeRun(project: string, workDir: string, seed: number): Promise<Outcome> {
  const started = Date.now();
  const reportDir = join(project, 'reports', 'smoke');
  const log = join(workDir, 'smoke.log');
  // The embedded reference is ours: the ?token= probes (AUTH-004, AUTH-010) may run, so every smoke check does.
  const args = ['twenty-conformance', '--profile', 'smoke', '--allow-token-in-url', '--seed', String(seed), '--report-dir', reportDir];
  const { code } = await command('npx', args, { cwd: project, log });
  const expected = profileChecks('smoke');
  const problems = runProblems(code, 0, reportsOf(reportDir), readSummary(reportDir), expected);
  return {
    name: 'smoke from the package (embedded reference)',
    ok: problems.length === 0,
    detail: problems.length === 0 ? `exit 0, all ${expected.length} smoke checks reported, reports written (${seconds(started)})` : `${problems.join('; ')} — log: ${log}`,
  };
}

/** The installed tool's own proof, as the quick start tells a package user to run it (one fault, to stay short). */
async function selfTestRun(project: string, workDir: string, seed: number): Promise<Outcome> {
  const started = Date.now();
  const log = join(workDir, 'self-test.log');
  const { code, output } = await command('npx', ['twenty-conformance', 'self-test', '--faults', '1', '--seed', String(seed)], { cwd: project, log });
  const closing = /^(\d+) passed, (\d+) failed$/m.exec(output);
  const ok = code === 0 && closing !== null && closing[2] === '0' && Number(closing[1]) >= 2;
  return {
    name: 'self-test from the package (faithful run and one fault)',
    ok,
    detail: ok ? `exit 0, ${closing![0]} (${seconds(started)})` : `exit ${code}, closing line ${closing?.[0] ?? 'missing'} — log: ${log}`,
  };
}

async function installRun(project: string, workDir: string, seed: number): Promise<Outcome> {
  const started = Date.now();
  const reportDir = join(project, 'reports', 'install');
  const log = join(workDir, 'install-run.log');
  const reference = await startReferenceProcess({ cwd: project, command: ['npx', 'twenty-conformance', 'reference'], stderrLog: join(workDir, 'reference.log') });
  try {
    const checks = onePerArea();
    const env: NodeJS.ProcessEnv = { ...process.env, TWENTY_API_KEY: reference.apiKey };
    delete env.TWENTY_BASE_URL;
    const args = ['twenty-conformance', '--base-url', reference.baseUrl, '--profile', 'install', '--seed', String(seed), '--runs', String(INSTALL_PROPERTY_RUNS), '--check', checks.join(','), '--report-dir', reportDir];
    const { code, output } = await command('npx', args, { cwd: project, env, log });
    const summary = readSummary(reportDir);
    const problems = runProblems(code, 0, reportsOf(reportDir), summary, checks);
    if (summary?.target.embeddedReference) problems.push('the run used the embedded reference, not the one started apart');
    const leaks = [output, ...filesUnder(reportDir).map((file) => readFileSync(file, 'latin1'))].some((text) => text.includes(reference.apiKey));
    if (leaks) problems.push('the API key appears in the output or a report');
    return {
      name: 'install from the package (reference started apart)',
      ok: problems.length === 0,
      detail: problems.length === 0 ? `exit 0, ${checks.join(', ')}, reports written, key in none (${seconds(started)})` : `${problems.join('; ')} — log: ${log}`,
    };
  } finally {
    await reference.stop();
  }
}

async function actionRun(root: string, packed: Packed, workDir: string, seed: number): Promise<Outcome> {
  const started = Date.now();
  const fault = FAULTS.find((candidate) => candidate.name === ACTION_FAULT);
  const check = fault?.caughtBy[0];
  if (!check) return { name: 'action', ok: false, detail: `the reference has no fault ${ACTION_FAULT} with a declared check` };
  const workspace = join(workDir, 'action-workspace');
  const runnerTemp = join(workDir, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  // The install step installs into $RUNNER_TEMP/twenty-conformance; offline, npm takes the versions from its lock.
  seedProject(root, join(runnerTemp, 'twenty-conformance'), packed, `file:${packed.tarball}`);
  const reportDir = 'reports';
  const run = await runCompositeAction(join(root, 'action.yml'), {
    inputs: { version: `file:${packed.tarball}`, seed: String(seed), 'report-dir': reportDir, args: `--reference-fault ${ACTION_FAULT} --check ${check} --workers 1` },
    env: { ...process.env, npm_config_offline: 'true', FORCE_COLOR: '0' },
    workspace,
    runnerTemp,
    actionPath: root,
  });
  writeFileSync(join(workDir, 'action.log'), run.log);
  const problems: string[] = [];
  const absoluteReports = join(workspace, reportDir);
  if (run.exitCode !== 1) problems.push(`the action exited ${run.exitCode}, the run should have (1)`);
  const { outputs } = run;
  if (outputs['exit-code'] !== '1' || outputs.verdict !== 'not-conformant') problems.push(`outputs exit-code=${outputs['exit-code']} verdict=${outputs.verdict}, expected 1 and not-conformant`);
  if (outputs.checks !== '1' || outputs.fail !== '1') problems.push(`outputs checks=${outputs.checks} fail=${outputs.fail}, expected 1 and 1 (${check})`);
  if (outputs['report-dir'] !== absoluteReports) problems.push(`output report-dir ${outputs['report-dir']}, expected ${absoluteReports}`);
  if (!run.summary.includes(check) || !/NOT CONFORMANT/i.test(run.summary)) problems.push(`the job summary does not name ${check} and the verdict`);
  const upload = run.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  if (!upload?.ran || upload.with?.path !== absoluteReports) problems.push(`the reports are not uploaded from ${absoluteReports} after the failing run`);
  if (!existsSync(join(absoluteReports, 'summary.json'))) problems.push('no summary.json in the report folder');
  return {
    name: 'action (action.yml steps, GITHUB_* files)',
    ok: problems.length === 0,
    detail:
      problems.length === 0
        ? `installed the tarball, ${check} failed on ${ACTION_FAULT}: exit 1, outputs, job summary, reports uploaded (${seconds(started)})`
        : `${problems.join('; ')} — log: ${join(workDir, 'action.log')}`,
  };
}

export async function packageStage(root: string, workDir: string, seed: number): Promise<{ passed: number; failed: number }> {
  const started = Date.now();
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const outcomes: Outcome[] = [];
  try {
    const ready = await packAndInstall(root, workDir, outcomes);
    if (ready) {
      // Two at a time, as the fault runs: smoke then the action, beside install then the self-test.
      const [first, second] = await Promise.all([
        (async () => [await smokeRun(ready.project, workDir, seed), await actionRun(root, ready.packed, workDir, seed)])(),
        (async () => [await installRun(ready.project, workDir, seed), await selfTestRun(ready.project, workDir, seed)])(),
      ]);
      outcomes.push(...first, ...second);
    }
  } catch (error) {
    outcomes.push({ name: 'package stage', ok: false, detail: error instanceof Error ? error.message : String(error) });
  } finally {
    // The logs and reports stay for reading; the two installs (~60 MB each) do not.
    for (const installed of [join(workDir, 'project', 'node_modules'), join(workDir, 'runner-temp', 'twenty-conformance', 'node_modules')]) {
      rmSync(installed, { recursive: true, force: true });
    }
  }
  for (const outcome of outcomes) console.log(`  ${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name}: ${outcome.detail}`);
  console.log(`  package stage: ${seconds(started)}`);
  const passed = outcomes.filter((outcome) => outcome.ok).length;
  return { passed, failed: outcomes.length - passed };
}

// Alone: node --import tsx scripts/self-test/package-stage.ts (reports in reports/self-test/package).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { failed } = await packageStage(root, join(root, 'reports', 'self-test', 'package'), 20261127);
  process.exitCode = failed === 0 ? 0 : 1;
}
