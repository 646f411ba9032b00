// `twenty-conformance self-test`: the installed tool proves itself on its own
// embedded reference, where a clone has `npm test`. The suite must pass the
// faithful reference (gate, few random cases per property), and under each
// sampled fault every check the fault declares must fail. Each run is a real
// `twenty-conformance` process with its own report folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleFaults, uncaughtBy, type SummaryCheck } from '../../generators/checks/fault-proof.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { FAULTS } from '../../reference/faults/catalogue.ts';
import { PACKAGE_ROOT } from './package-layout.ts';
import type { Io } from './run-command.ts';

const USAGE = `Usage: twenty-conformance self-test [--all-faults | --faults N] [--seed N] [--keep]

Proves the suite on its embedded reference: gate must pass the faithful reference,
and every check a sampled fault declares must fail under that fault.
  --faults N      run the first N of the sampled faults (one per fault area)
  --all-faults    run every fault of \`twenty-conformance reference --list-faults\`
  --seed N        the seed of every run (default 20261127)
  --keep          keep the report folders (their paths are printed)`;

/** Random cases per property: the faithful run proves the whole suite, the fault runs their catchers. */
const PROPERTY_RUNS = '10';

interface Options {
  faults: typeof FAULTS[number][];
  seed: string;
  keep: boolean;
}

function parse(argv: string[]): Options | 'help' {
  let count: number | undefined;
  let all = false;
  let seed = '20261127';
  let keep = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--all-faults') all = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--faults' || arg === '--seed') {
      const value = argv[++index];
      if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`${arg} needs a whole number.`);
      if (arg === '--faults') count = Number(value);
      else seed = value;
    } else throw new UsageError(`self-test: unknown option "${arg}". Try: twenty-conformance self-test --help`);
  }
  if (all && count !== undefined) throw new UsageError('self-test: give --all-faults or --faults N, not both.');
  const sampled = all ? [...FAULTS] : sampleFaults(FAULTS);
  return { faults: count === undefined ? sampled : sampled.slice(0, count), seed, keep };
}

function runSuite(args: string[]): Promise<number> {
  const launcher = join(PACKAGE_ROOT, 'bin', 'twenty-conformance.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], { stdio: 'ignore', env: { ...process.env, CI: '1' } });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function summaryChecks(reportDir: string): SummaryCheck[] | undefined {
  const path = join(reportDir, 'summary.json');
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, 'utf8')) as { checks: SummaryCheck[] }).checks;
}

export async function selfTestCommand(argv: string[], io: Io): Promise<number> {
  const options = parse(argv);
  if (options === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const root = mkdtempSync(join(tmpdir(), 'twenty-conformance-self-test-'));
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  try {
    const faithfulDir = join(root, 'faithful');
    const faithful = await runSuite(['--profile', 'gate', '--seed', options.seed, '--runs', PROPERTY_RUNS, '--report-dir', faithfulDir]);
    if (faithful === 0) passed++;
    else failed++;
    io.stdout(`faithful reference: exit ${faithful} ${faithful === 0 ? '(conformant, as it must be)' : `— FAILED, see ${faithfulDir}/summary.txt`}`);
    for (const fault of options.faults) {
      const reportDir = join(root, fault.name);
      const code = await runSuite(['--profile', 'gate', '--reference-fault', fault.name, '--seed', options.seed, '--runs', PROPERTY_RUNS, '--check', fault.caughtBy.join(','), '--report-dir', reportDir]);
      const checks = summaryChecks(reportDir);
      const missing = checks ? uncaughtBy(fault.caughtBy, checks) : [...fault.caughtBy];
      // Exit 2 is the suite's own trouble, never a catch.
      const caught = code !== 2 && checks !== undefined && missing.length === 0;
      if (caught) passed++;
      else failed++;
      io.stdout(`fault ${fault.name.padEnd(34)} ${caught ? `caught by ${fault.caughtBy.join(', ')}` : `NOT CAUGHT (exit ${code}; ${missing.join(', ') || 'no summary'} did not fail) — see ${reportDir}/summary.txt`}`);
    }
  } finally {
    if (!options.keep && failed === 0) rmSync(root, { recursive: true, force: true });
    else io.stdout(`reports kept in ${root}`);
  }
  io.stdout(`self-test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  io.stdout(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
