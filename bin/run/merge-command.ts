// `twenty-conformance merge-reports SHARD_DIR... [--report-dir OUT]`: merges the
// report folders of `--shard i/n` runs (each with blob/ and .run/state.json) into
// one HTML report, JUnit file and summary by check ID, with the merged exit code.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../../generators/config/usage-error.ts';
import { renderSummary } from '../../generators/report/render-summary.ts';
import type { RunState } from '../../runtime/run-state.ts';
import { STATE_ENV } from '../../runtime/run-state.ts';
import type { Io } from './run-command.ts';
import { PLAYWRIGHT_CONFIG, RUN_ROOT } from './package-layout.ts';

const require = createRequire(import.meta.url);

export const MERGE_USAGE = `Usage: twenty-conformance merge-reports SHARD_REPORT_DIR... [--report-dir OUT]

Merges the report folders of runs made with --shard i/n (each holds blob/ and
.run/state.json) into OUT (default reports/merged): html/, junit.xml, summary.json.
Allure: pass every shard's allure-results folder to \`npx allure generate\`.`;

function parse(argv: string[]): { shards: string[]; out: string; help: boolean } {
  const shards: string[] = [];
  let out = 'reports/merged';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--report-dir') {
      const value = argv[++i];
      if (!value) throw new UsageError('--report-dir needs a value. Try --help.');
      out = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}. Try merge-reports --help.`);
    else shards.push(arg);
  }
  return { shards, out, help };
}

export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const { shards, out, help } = parse(argv);
  if (help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  if (shards.length === 0) throw new UsageError('merge-reports needs the report folders of the shards. Try merge-reports --help.');
  const outDir = resolve(out);
  const blobDir = join(outDir, '.blobs');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(blobDir, { recursive: true });

  let state: RunState | undefined;
  for (const shard of shards) {
    const statePath = join(shard, '.run', 'state.json');
    const blobs = existsSync(join(shard, 'blob')) ? readdirSync(join(shard, 'blob')).filter((name) => name.endsWith('.zip')) : [];
    if (!existsSync(statePath) || blobs.length === 0) {
      throw new UsageError(`${shard} is not the report folder of a sharded run (no .run/state.json or blob/*.zip). Run each shard with --shard i/n --report-dir DIR.`);
    }
    state ??= JSON.parse(readFileSync(statePath, 'utf8')) as RunState;
    for (const blob of blobs) copyFileSync(join(shard, 'blob', blob), join(blobDir, `${basename(resolve(shard))}-${blob}`));
  }
  const merged: RunState = { ...(state as RunState), config: { ...(state as RunState).config, shard: null, reportDir: outDir } };
  mkdirSync(join(outDir, '.run'), { recursive: true });
  const statePath = join(outDir, '.run', 'state.json');
  writeFileSync(statePath, JSON.stringify(merged, null, 2));

  const code = await new Promise<number>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [require.resolve('@playwright/test/cli'), 'merge-reports', '--config', PLAYWRIGHT_CONFIG, blobDir], {
      cwd: RUN_ROOT,
      env: { ...process.env, [STATE_ENV]: statePath, TWENTY_CONFORMANCE_MERGE: '1' },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (exitCode) => resolvePromise(exitCode ?? 1));
  });
  const summaryPath = join(outDir, 'summary.json');
  if (!existsSync(summaryPath)) {
    io.stderr(`merging ended (exit ${code}) without writing ${summaryPath}; see the output above.`);
    return 2;
  }
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
  const text = renderSummary({ ...summary, target: merged.target.baseUrl, profile: merged.config.profile, seed: merged.config.seed, findings: merged.document.findings });
  writeFileSync(join(outDir, 'summary.txt'), `${text}\n`);
  io.stdout(text);
  return summary.runErrors.length > 0 ? 2 : summary.exitCode;
}
