// Pure: summary.md, the run as a CI job summary (GitHub's $GITHUB_STEP_SUMMARY
// renders Markdown with a subset of HTML). Text from the run is escaped, table
// cells keep to one line, and code blocks use a fence longer than any run of
// backticks inside them.
import { VERDICT_LABEL, VERDICT_ORDER } from '../checks/verdicts.ts';
import type { CheckSummary } from './aggregate.ts';
import type { RunSummary } from './run-summary.ts';
import {
  areaCounts,
  deploymentLabel,
  formatDuration,
  mustCounts,
  OUTCOME_LABEL,
  outcomeReason,
  requestsLabel,
  runOutcome,
  sentenceParts,
} from './run-verdict.ts';

/** Escapes Markdown and HTML in running text (the summary renders both). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** A fenced code block that no content can close early. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

const MARK = { conformant: '✅', 'not-conformant': '❌', error: '⚠️' } as const;
/** A job summary is capped at 1 MiB; a report keeps to the first failures in full. */
const FAILED_CHECKS_SHOWN = 25;

function areaTable(summary: RunSummary): string[] {
  const areas = areaCounts(summary.checks);
  const used = VERDICT_ORDER.filter((verdict) => summary.totals[verdict] > 0);
  if (areas.length === 0) return [];
  return [
    `| area | ${used.map((verdict) => VERDICT_LABEL[verdict]).join(' | ')} |`,
    `|---|${used.map(() => '---:').join('|')}|`,
    ...areas.map((area) => `| ${escapeMarkdown(area.area)} | ${used.map((verdict) => String(area.counts[verdict])).join(' | ')} |`),
  ];
}

function checkTable(checks: readonly CheckSummary[]): string[] {
  return [
    '| check | level | verdict | tests passed | title | source |',
    '|---|---|---|---:|---|---|',
    ...checks.map((check) => {
      const total = check.tests.passed + check.tests.failed + check.tests.skipped;
      const verdict = check.verdict === 'pass' ? 'pass' : `**${VERDICT_LABEL[check.verdict]}**`;
      return `| ${escapeMarkdown(check.id)} | ${check.level} | ${verdict} | ${check.tests.passed}/${total} | ${escapeMarkdown(check.title)} | ${escapeMarkdown((check.sources ?? []).join(', '))} |`;
    }),
  ];
}

function failureDetails(check: CheckSummary): string[] {
  const out = [`<details><summary><b>${escapeMarkdown(check.id)} ${check.level}</b> ${escapeMarkdown(VERDICT_LABEL[check.verdict])}: ${escapeMarkdown(check.title)}</summary>`, ''];
  // The sentence names its own § sources.
  if (check.sentence) out.push(`> ${sentenceParts(check.sentence).map((part) => (part.code ? `\`${part.text}\`` : escapeMarkdown(part.text))).join('')}`, '');
  if (check.waiver) out.push(`Waived: ${escapeMarkdown(check.waiver)}`, '');
  const failures = check.failures ?? [];
  if (failures.length === 0 && check.reasons.length > 0) out.push(...check.reasons.slice(0, 5).map((reason) => `- ${escapeMarkdown(reason)}`), '');
  for (const failure of failures.slice(0, 2)) {
    out.push(`**${escapeMarkdown(failure.test)}**`, '', codeBlock(`Received: ${failure.received}\nExpected: ${failure.expected}${failure.hint ? `\nHint: ${failure.hint}` : ''}`));
    if (failure.reproducer) out.push('', 'Reproduce with:', '', codeBlock(failure.reproducer, 'sh'));
    if (failure.replay) out.push('', `Replay: \`${failure.replay.replace(/`/g, '')}\``);
    out.push('');
  }
  out.push('</details>', '');
  return out;
}

export function renderSummaryMarkdown(summary: RunSummary): string {
  const outcome = runOutcome(summary.exitCode);
  const must = mustCounts(summary.checks);
  const out: string[] = [
    `## ${MARK[outcome]} twenty-conformance: ${OUTCOME_LABEL[outcome]} (exit ${summary.exitCode})`,
    '',
    escapeMarkdown(outcomeReason(summary)),
    '',
    `**Deployment** ${escapeMarkdown(deploymentLabel(summary.target))} · **profile** ${summary.profile} · **seed** ${summary.seed} · **requests** ${escapeMarkdown(requestsLabel(summary))} · **duration** ${formatDuration(summary.durationMs)}`,
    '',
  ];
  if (summary.checks.length > 0) {
    const counts = VERDICT_ORDER.filter((verdict) => summary.totals[verdict] > 0).map((verdict) => `${summary.totals[verdict]} ${VERDICT_LABEL[verdict]}`);
    out.push(`${summary.checks.length} check${summary.checks.length === 1 ? "" : "s"} (${counts.join(', ')}) · ${must.passed}/${must.run} MUST passed`, '', ...areaTable(summary), '');
  }
  const bad = VERDICT_ORDER.filter((verdict) => verdict !== 'pass' && verdict !== 'inconclusive' && verdict !== 'not-run').flatMap((verdict) =>
    summary.checks.filter((check) => check.verdict === verdict),
  );
  if (bad.length > 0) {
    out.push('### Failures and warnings', '');
    for (const check of bad.slice(0, FAILED_CHECKS_SHOWN)) out.push(...failureDetails(check));
    if (bad.length > FAILED_CHECKS_SHOWN) out.push(`… and ${bad.length - FAILED_CHECKS_SHOWN} more in report.html.`, '');
  }
  const unsure = summary.checks.filter((check) => check.verdict === 'inconclusive' || check.verdict === 'not-run');
  if (unsure.length > 0) {
    out.push('### Inconclusive and not run', '');
    for (const check of unsure) out.push(`- **${escapeMarkdown(check.id)}** ${VERDICT_LABEL[check.verdict]}: ${escapeMarkdown(check.reasons[0] ?? '')}`);
    out.push('');
  }
  const errors = [...new Set([...(summary.error ? [summary.error] : []), ...summary.runErrors])];
  if (errors.length > 0 && summary.checks.length > 0) out.push('### Errors', '', ...errors.map((error) => `- ${escapeMarkdown(error)}`), '');
  if (summary.checks.length > 0) out.push('<details><summary>All checks</summary>', '', ...checkTable(summary.checks), '', '</details>', '');
  out.push('Full report: `report.html` in the run\'s report folder.', '');
  return out.join('\n');
}
