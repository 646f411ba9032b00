// Pure: which faults the suite caught, as a table and a score. A fault belongs to
// the area of the checks meant to catch it (generators/checks/check-areas.ts); a
// fault whose area has checks must be caught; one whose area has none yet is
// listed as such (and counted only if it happens to be caught anyway).
import type { CheckArea } from '../../generators/checks/check-areas.ts';
import { table } from '../../generators/report/render-summary.ts';
import { declaredNotFailed } from './declared-checks.ts';

export interface FaultRun {
  name: string;
  area: CheckArea;
  exitCode: number;
  /** Check IDs whose verdict was fail. */
  caughtBy: string[];
  /** Check IDs the fault's catalogue entry says must fail (FaultDef.caughtBy). */
  declared?: readonly string[];
}

export type FaultVerdict = 'caught' | 'MISSED' | 'DECLARED CHECK PASSED' | 'caught (family not built yet)' | 'not covered yet' | 'RUN ERROR';

const familyBuilt = (area: CheckArea, built: ReadonlySet<CheckArea>) => built.has(area);

export function faultVerdict(run: FaultRun, builtFamilies: ReadonlySet<CheckArea>): FaultVerdict {
  if (run.exitCode !== 0 && run.exitCode !== 1) return 'RUN ERROR';
  // A fault caught only by SHOULD checks warns: exit 0, every declared check among the failures.
  const declared = run.declared ?? [];
  const onlyWarned = run.exitCode === 0 && declared.length > 0 && declaredNotFailed(declared, run.caughtBy).length === 0;
  const caught = (run.exitCode === 1 || onlyWarned) && run.caughtBy.length > 0;
  const expected = familyBuilt(run.area, builtFamilies);
  if (expected && caught && declaredNotFailed(run.declared ?? [], run.caughtBy).length > 0) return 'DECLARED CHECK PASSED';
  if (expected) return caught ? 'caught' : 'MISSED';
  return caught ? 'caught (family not built yet)' : 'not covered yet';
}

/** A verdict that fails the self-test. */
export const isSelfTestFailure = (verdict: FaultVerdict) => verdict === 'MISSED' || verdict === 'RUN ERROR' || verdict === 'DECLARED CHECK PASSED';

export function renderMutationTable(runs: readonly FaultRun[], builtFamilies: ReadonlySet<CheckArea>): string {
  const rows = runs.map((run) => {
    const verdict = faultVerdict(run, builtFamilies);
    return [run.name, run.area, familyBuilt(run.area, builtFamilies) ? 'yes' : 'no', verdict, (run.declared ?? []).join(', ') || '-', run.caughtBy.join(', ') || '-'];
  });
  const expected = runs.filter((run) => familyBuilt(run.area, builtFamilies));
  const caughtExpected = expected.filter((run) => faultVerdict(run, builtFamilies) === 'caught').length;
  const caughtAll = runs.filter((run) => faultVerdict(run, builtFamilies).startsWith('caught')).length;
  return [
    table(['FAULT', 'AREA', 'EXPECTED', 'VERDICT', 'MUST CATCH', 'CAUGHT BY'], rows),
    '',
    `Mutation score: ${caughtExpected}/${expected.length} faults caught where a check family exists; ${caughtAll}/${runs.length} faults caught overall.`,
  ].join('\n');
}

/**
 * The checks a fault run selects: the checks declared to catch it. The whole
 * suite is proven on the faithful runs; a fault run proves its catchers, and
 * with ~110 faults a run of each fault's whole family no longer fits CI's
 * budget (the write family alone is ~40 checks that each write).
 */
export function faultRunChecks(fault: { area: CheckArea; caughtBy: readonly string[] }, _checks: readonly { id: string; area: CheckArea }[]): string[] {
  return [...new Set(fault.caughtBy)];
}

/**
 * The inverse view: per check of the catalogue, the faults that declare it and the
 * fault runs in which it failed. A check no fault declares is marked NO FAULT.
 */
export function renderCheckTable(checks: readonly { id: string }[], faults: readonly { name: string; caughtBy: readonly string[] }[], runs: readonly FaultRun[]): string {
  const rows = checks.map((check) => {
    const declaring = faults.filter((fault) => fault.caughtBy.includes(check.id)).map((fault) => fault.name);
    const failing = runs.filter((run) => run.caughtBy.includes(check.id)).map((run) => run.name);
    return [check.id, declaring.length === 0 ? 'NO FAULT' : declaring.join(', '), failing.join(', ') || '-'];
  });
  const proven = rows.filter((row) => row[1] !== 'NO FAULT').length;
  return [table(['CHECK', 'DECLARED BY', 'FAILED IN THESE RUNS'], rows), '', `Proof per check: ${proven}/${checks.length} checks declared by at least one fault.`].join('\n');
}
