// The self-test's stage for what the writing profiles promise: install passes on
// an empty and a tiny workspace with nothing inconclusive (small-workspaces.ts),
// and nothing a run wrote survives it being killed (kill-cleanup.ts); on the
// 2026-shaped workspace install and gate pass and write only where they may (real-workspace.ts).
import { join } from 'node:path';
import { killAndCleanupStage } from './kill-cleanup.ts';
import { smallWorkspaceStage } from './small-workspaces.ts';
import { realWorkspaceStage } from './real-workspace.ts';

type SuiteRun = Parameters<typeof smallWorkspaceStage>[0];

export async function writeStages(suiteRun: SuiteRun, selfTestDir: string): Promise<{ passed: number; failed: number }> {
  const started = Date.now();
  const outcomes = [
    ...(await smallWorkspaceStage(suiteRun)),
    ...(await killAndCleanupStage(join(selfTestDir, 'kill-cleanup'))),
    ...(await realWorkspaceStage(join(selfTestDir, 'real-workspace'))),
  ];
  for (const outcome of outcomes) console.log(`  ${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name}: ${outcome.detail}`);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const passed = outcomes.filter((outcome) => outcome.ok).length;
  return { passed, failed: outcomes.length - passed };
}
