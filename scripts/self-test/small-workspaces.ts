// Self-test stage: `install`, the profile self-hosters run on a fresh install,
// against an empty reference and against one holding 3 records per object. It
// must pass with no check inconclusive: the designed fixtures give every check
// its data, whatever the workspace holds. The rate is raised against the local
// reference (install's 100 per 60 s would only add waiting); install's own budget (450 requests) holds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StageOutcome {
  name: string;
  ok: boolean;
  detail: string;
}

type SuiteRun = (name: string, extra: string[]) => Promise<{ code: number; reportDir: string; log: string }>;

export const SMALL_WORKSPACES = [0, 3] as const;

function verdicts(reportDir: string): { inconclusive: string[]; failed: string[] } {
  const path = join(reportDir, 'summary.json');
  if (!existsSync(path)) return { inconclusive: [], failed: ['(no summary.json)'] };
  const summary = JSON.parse(readFileSync(path, 'utf8')) as { checks: { id: string; verdict: string }[] };
  return {
    inconclusive: summary.checks.filter((check) => check.verdict === 'inconclusive').map((check) => check.id),
    failed: summary.checks.filter((check) => check.verdict === 'fail').map((check) => check.id),
  };
}

export async function smallWorkspaceStage(suiteRun: SuiteRun): Promise<StageOutcome[]> {
  const outcomes: StageOutcome[] = [];
  for (const records of SMALL_WORKSPACES) {
    const started = Date.now();
    const run = await suiteRun(join('install', `${records}-records`), ['--profile', 'install', '--reference-records', String(records), '--rate', '1000/s']);
    const { inconclusive, failed } = verdicts(run.reportDir);
    const ok = run.code === 0 && inconclusive.length === 0 && failed.length === 0;
    outcomes.push({
      name: `install on a reference with ${records === 0 ? 'no records' : `${records} records per object`}`,
      ok,
      detail: `exit ${run.code}, ${((Date.now() - started) / 1000).toFixed(0)} s${failed.length ? `, failed ${failed.join(', ')}` : ''}${inconclusive.length ? `, inconclusive ${inconclusive.join(', ')}` : ''}${ok ? '' : ` — log: ${run.log}`}`,
    });
  }
  return outcomes;
}
