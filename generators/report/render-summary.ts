// Pure renderer of the terminal summary: a table by check ID, the document's
// findings apart from server failures, then the reasons and the verdict line.
import { areaLabel } from '../checks/check-areas.ts';
import { terminalLabel } from '../checks/verdicts.ts';
import type { CheckSummary, Totals } from './aggregate.ts';

export interface SummaryView {
  target: string;
  profile: string;
  seed: number;
  checks: readonly CheckSummary[];
  totals: Totals;
  findings: readonly { id: string; level: string; message: string }[];
  requests: number;
  durationMs: number;
  exitCode: 0 | 1 | 2;
}


export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** The self-hoster's view (DESIGN §2, install): one plain verdict per capability. */
export function renderCapabilities(checks: readonly CheckSummary[]): string {
  const areas = [...new Set(checks.map((check) => check.area))];
  return areas
    .map((area) => {
      const mine = checks.filter((check) => check.area === area);
      const broken = mine.filter((check) => check.verdict === 'fail' && check.level === 'MUST');
      const unsure = mine.filter((check) => check.verdict === 'inconclusive');
      const warned = mine.filter((check) => check.verdict === 'warn' || (check.verdict === 'fail' && check.level === 'SHOULD'));
      const verdict =
        broken.length > 0
          ? `BROKEN (${broken.map((check) => check.id).join(', ')})`
          : unsure.length === mine.length
            ? `NOT VERIFIED (${unsure.map((check) => check.id).join(', ')} could not run)`
            : unsure.length > 0
              ? `works, partly verified (${unsure.map((check) => check.id).join(', ')} could not run)`
            : warned.length > 0
              ? `works, with warnings (${warned.map((check) => check.id).join(', ')})`
              : 'works';
      return `  ${areaLabel(area).padEnd(32)} ${verdict}`;
    })
    .join('\n');
}

export function renderSummary(view: SummaryView): string {
  const out: string[] = [];
  out.push(`Target: ${view.target} · profile ${view.profile} · seed ${view.seed}`);
  out.push('');
  out.push(
    table(
      ['CHECK', 'LEVEL', 'VERDICT', 'TESTS', 'TITLE'],
      view.checks.map((check) => [
        check.id,
        check.level,
        terminalLabel(check.verdict),
        `${check.tests.passed}/${check.tests.passed + check.tests.failed + check.tests.skipped}`,
        check.title,
      ]),
    ),
  );
  if (view.profile === 'install') out.push('', 'Capabilities:', renderCapabilities(view.checks));
  if (view.findings.length > 0) {
    out.push('', 'Document findings (about the OpenAPI document, not server failures):');
    for (const finding of view.findings) out.push(`  ${finding.level.padEnd(7)} ${finding.id}  ${truncate(finding.message, 140)}`);
  }
  const noteworthy = view.checks.filter((check) => check.verdict !== 'pass' && check.reasons.length > 0);
  if (noteworthy.length > 0) {
    out.push('', 'Details:');
    for (const check of noteworthy) {
      out.push(`  [${check.id} ${check.level}] ${terminalLabel(check.verdict)}${check.waiver ? ` (waived: ${check.waiver})` : ''}`);
      for (const reason of check.reasons.slice(0, 5)) out.push(`    - ${truncate(reason, 200)}`);
      if (check.reasons.length > 5) out.push(`    … ${check.reasons.length - 5} more in reports/summary.json`);
    }
  }
  const t = view.totals;
  out.push(
    '',
    `${view.checks.length} checks: ${t.pass} pass, ${t.fail} fail, ${t.warn} warn, ${t.inconclusive} inconclusive, ${t['not-run']} not run, ${t.waived} waived, ${t['unexpected-pass']} unexpected pass, ${t['internal-error']} internal error · ${view.requests} requests · ${(view.durationMs / 1000).toFixed(1)} s`,
  );
  const notRun = view.checks.filter((check) => check.verdict === 'not-run');
  if (notRun.length > 0) out.push(`Not run (an optional input is missing; this fails nothing): ${notRun.map((check) => check.id).join(', ')}`);
  out.push(
    view.exitCode === 0
      ? 'Result: CONFORMANT (exit 0)'
      : view.exitCode === 1
        ? 'Result: NOT CONFORMANT (exit 1)'
        : 'Result: NO VERDICT — the suite met an internal error (exit 2); the failures above are not the server\'s',
  );
  return out.join('\n');
}
