// Pure: report.html, the one page a person reads after a run. Self-contained
// (inline CSS and SVG, a Content-Security-Policy that forbids any fetch), so it
// works from a file URL and as a CI artifact. Every string comes from the run
// (a server's error text among them) and is escaped.
import { VERDICT_LABEL, VERDICT_ORDER, type Verdict } from '../checks/verdicts.ts';
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
  type AreaCounts,
} from './run-verdict.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Verdict colours, readable on white and by colour-blind readers (each verdict also has its word). */
export const VERDICT_COLOUR: Record<Verdict, string> = {
  pass: '#1a7f37',
  fail: '#cf222e',
  warn: '#9a6700',
  inconclusive: '#8250df',
  'not-run': '#6e7781',
  waived: '#0969da',
  'unexpected-pass': '#bc4c00',
  'internal-error': '#82071e',
};

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 28px; margin: 0; }
h2 { font-size: 19px; margin: 32px 0 10px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
code, pre { font: 12.5px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
pre { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; word-break: break-all; margin: 4px 0 10px; }
.verdict { border-radius: 8px; padding: 16px 20px; color: #fff; }
.verdict.conformant { background: #1a7f37; } .verdict.not-conformant { background: #cf222e; } .verdict.error { background: #6e7781; }
.verdict p { margin: 6px 0 0; font-size: 15px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 14px 0 0; }
.facts dt { font-weight: 600; color: #57606a; } .facts dd { margin: 0; word-break: break-all; }
.totals { margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { display: inline-block; border-radius: 10px; padding: 1px 8px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid #d0d7de; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d8dee4; }
thead th { background: #eaeef2; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
tbody th.area { background: #f6f8fa; font-size: 15px; padding-top: 10px; }
td.id { white-space: nowrap; font-weight: 600; } td.sentence { color: #424a53; } td.sentence .title { color: #1f2328; font-weight: 600; }
tr.bad td { background: #fff5f5; }
details.failure { background: #fff; border: 1px solid #d0d7de; border-left: 4px solid #cf222e; border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
details.failure.warn { border-left-color: #9a6700; } details.failure.internal-error { border-left-color: #82071e; }
details.failure summary { cursor: pointer; font-weight: 600; font-size: 15px; }
.label { font-weight: 600; color: #57606a; margin-top: 6px; }
.evidence { border-top: 1px dashed #d0d7de; margin-top: 8px; padding-top: 4px; }
ul.reasons li { margin: 4px 0; }
.muted { color: #57606a; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
footer { margin-top: 32px; color: #57606a; font-size: 12px; }
`;

const chip = (verdict: Verdict, text: string = VERDICT_LABEL[verdict]) =>
  `<span class="chip verdict-${verdict}" style="background:${VERDICT_COLOUR[verdict]}">${escapeHtml(text)}</span>`;

/** A contract sentence, its `code` spans as <code>. */
const sentenceHtml = (sentence: string) => sentenceParts(sentence).map((part) => (part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text))).join('');

const anchor = (id: string) => `check-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function facts(summary: RunSummary): string {
  const rows: [string, string][] = [
    ['Deployment', deploymentLabel(summary.target)],
    ['Profile', summary.profile],
    ['Seed', `${summary.seed} (replay with --seed ${summary.seed})`],
    ['Requests', requestsLabel(summary)],
    ['Duration', formatDuration(summary.durationMs)],
    ['Started', summary.startedAt],
    ['Document', `${summary.document.source} · OpenAPI ${summary.document.openapiVersion || '?'} · ${summary.document.valid ? 'valid' : 'not valid'} · ${summary.document.objects} objects`],
    ['Suite', `twenty-conformance ${summary.version}${summary.shard ? ` · shard ${summary.shard}` : ''}`],
  ];
  return `<dl class="facts">${rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
}

function totals(summary: RunSummary): string {
  const must = mustCounts(summary.checks);
  const chips = VERDICT_ORDER.filter((verdict) => summary.totals[verdict] > 0).map((verdict) => chip(verdict, `${summary.totals[verdict]} ${VERDICT_LABEL[verdict]}`));
  const checks = `${summary.checks.length} check${summary.checks.length === 1 ? '' : 's'}`;
  return `<p class="totals"><span>${checks} · ${must.passed}/${must.run} MUST passed:</span> ${chips.join(' ')}</p>`;
}

/** A horizontal stacked bar per area: how many of its checks ended with each verdict. */
export function areaChart(areas: readonly AreaCounts[]): string {
  if (areas.length === 0) return '';
  const labelWidth = 120;
  const barWidth = 520;
  const row = 24;
  const widest = Math.max(...areas.map((area) => area.total));
  const used = VERDICT_ORDER.filter((verdict) => areas.some((area) => area.counts[verdict] > 0));
  const legendY = areas.length * row + 14;
  const height = legendY + 14;
  const bars = areas.map((area, index) => {
    const y = index * row;
    let x = labelWidth;
    const segments = VERDICT_ORDER.filter((verdict) => area.counts[verdict] > 0).map((verdict) => {
      const width = (area.counts[verdict] / widest) * barWidth;
      const rect = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${row - 8}" fill="${VERDICT_COLOUR[verdict]}"><title>${escapeHtml(`${area.area}: ${area.counts[verdict]} ${VERDICT_LABEL[verdict]}`)}</title></rect>`;
      x += width;
      return rect;
    });
    const counts = VERDICT_ORDER.filter((verdict) => area.counts[verdict] > 0).map((verdict) => `${area.counts[verdict]} ${VERDICT_LABEL[verdict]}`).join(', ');
    return [
      `<text x="${labelWidth - 8}" y="${y + row / 2 + 4}" text-anchor="end" font-size="13" fill="#1f2328">${escapeHtml(area.area)}</text>`,
      ...segments,
      `<text x="${(x + 6).toFixed(1)}" y="${y + row / 2 + 4}" font-size="12" fill="#57606a">${escapeHtml(counts)}</text>`,
    ].join('');
  });
  let legendX = labelWidth;
  const legend = used.map((verdict) => {
    const item = `<rect x="${legendX}" y="${legendY - 9}" width="10" height="10" fill="${VERDICT_COLOUR[verdict]}"/><text x="${legendX + 14}" y="${legendY}" font-size="12" fill="#1f2328">${escapeHtml(VERDICT_LABEL[verdict])}</text>`;
    legendX += 24 + VERDICT_LABEL[verdict].length * 7;
    return item;
  });
  const width = labelWidth + barWidth + 220;
  return `<svg class="chart" role="img" aria-label="Verdicts of the checks per area" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars.join('')}${legend.join('')}</svg>`;
}

function sourceText(check: CheckSummary): string {
  return (check.sources ?? []).join(', ');
}

function evidenceBlock(check: CheckSummary): string {
  const failures = check.failures ?? [];
  if (failures.length === 0) {
    return check.reasons.length > 0 ? `<ul class="reasons">${check.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>` : '';
  }
  const blocks = failures.map((failure) =>
    [
      '<div class="evidence">',
      `<div class="label">Test</div><div>${escapeHtml(failure.test)}</div>`,
      `<div class="label">Received</div><pre class="received">${escapeHtml(failure.received)}</pre>`,
      `<div class="label">Expected</div><pre class="expected">${escapeHtml(failure.expected)}</pre>`,
      failure.hint ? `<div class="label">Hint</div><div>${escapeHtml(failure.hint)}</div>` : '',
      failure.exchange ? `<div class="label">Exchange</div><pre class="exchange">${escapeHtml(failure.exchange)}</pre>` : '',
      failure.reproducer ? `<div class="label">Reproduce with</div><pre class="reproducer">${escapeHtml(failure.reproducer)}</pre>` : '',
      failure.replay ? `<div class="label">Replay</div><code>${escapeHtml(failure.replay)}</code>` : '',
      '</div>',
    ].join(''),
  );
  const more = check.reasons.length > failures.length ? `<p class="muted">${check.reasons.length - failures.length} more failing test(s) of this check are listed in summary.json.</p>` : '';
  return blocks.join('') + more;
}

const EXPANDED: readonly Verdict[] = ['internal-error', 'fail', 'unexpected-pass', 'warn', 'waived'];

function failuresSection(checks: readonly CheckSummary[]): string {
  const shown = VERDICT_ORDER.filter((verdict) => EXPANDED.includes(verdict)).flatMap((verdict) => checks.filter((check) => check.verdict === verdict));
  if (shown.length === 0) return '<h2 id="failures">Failures</h2><p>No check failed.</p>';
  const items = shown.map((check) =>
    [
      `<details class="failure ${check.verdict}" open id="failure-${anchor(check.id)}">`,
      `<summary>${chip(check.verdict)} [${escapeHtml(check.id)} ${escapeHtml(check.level)}] ${escapeHtml(check.title)}</summary>`,
      check.sentence ? `<div class="label">The contract says</div><div class="sentence">${sentenceHtml(check.sentence)}</div>` : '',
      sourceText(check) ? `<div class="label">Source</div><div class="source">${escapeHtml(sourceText(check))}${check.locations?.[0] ? ` · checked in <code>${escapeHtml(check.locations[0])}</code>` : ''}</div>` : '',
      check.waiver ? `<div class="label">Waived</div><div>${escapeHtml(check.waiver)}</div>` : '',
      evidenceBlock(check),
      '</details>',
    ].join(''),
  );
  return `<h2 id="failures">Failures and warnings</h2>${items.join('')}`;
}

function unsureSection(checks: readonly CheckSummary[]): string {
  const unsure = checks.filter((check) => check.verdict === 'inconclusive' || check.verdict === 'not-run');
  if (unsure.length === 0) return '';
  const items = unsure.map(
    (check) =>
      `<li id="unsure-${anchor(check.id)}">${chip(check.verdict)} <strong>[${escapeHtml(check.id)} ${escapeHtml(check.level)}]</strong> ${escapeHtml(check.title)}<ul class="reasons">${check.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul></li>`,
  );
  return `<h2 id="inconclusive">Inconclusive and not run</h2><p class="muted">Inconclusive: the check could not run (gate counts it as a failure). Not run: an optional input is missing; this fails nothing.</p><ul class="reasons">${items.join('')}</ul>`;
}

function checksTable(checks: readonly CheckSummary[]): string {
  const areas = [...new Set(checks.map((check) => check.area))];
  const bodies = areas.map((area) => {
    const rows = checks
      .filter((check) => check.area === area)
      .map((check) => {
        const total = check.tests.passed + check.tests.failed + check.tests.skipped;
        const bad = check.verdict !== 'pass' && check.verdict !== 'warn' && check.verdict !== 'not-run' ? ' class="bad"' : '';
        return [
          `<tr id="${anchor(check.id)}"${bad}>`,
          `<td class="id">${escapeHtml(check.id)}</td>`,
          `<td>${escapeHtml(check.level)}</td>`,
          `<td>${chip(check.verdict)}</td>`,
          `<td>${check.tests.passed}/${total}</td>`,
          `<td class="sentence"><div class="title">${escapeHtml(check.title)}</div>${check.sentence ? `<div>${sentenceHtml(check.sentence)}</div>` : ''}</td>`,
          `<td>${escapeHtml(sourceText(check))}${check.locations?.[0] ? `<div class="muted"><code>${escapeHtml(check.locations[0])}</code></div>` : ''}</td>`,
          '</tr>',
        ].join('');
      });
    return `<tbody><tr><th class="area" colspan="6">${escapeHtml(area)}</th></tr>${rows.join('')}</tbody>`;
  });
  return [
    '<h2 id="checks">Checks by area</h2>',
    '<table class="checks"><thead><tr><th>Check</th><th>Level</th><th>Verdict</th><th>Tests passed</th><th>Contract sentence</th><th>Source</th></tr></thead>',
    bodies.join(''),
    '</table>',
  ].join('');
}

function findingsSection(summary: RunSummary): string {
  const findings = summary.document.findings;
  if (findings.length === 0) return '';
  const rows = findings.map((finding) => `<tr><td class="id">${escapeHtml(finding.id)}</td><td>${escapeHtml(finding.level)}</td><td>${escapeHtml(finding.message)}</td></tr>`);
  return `<h2 id="findings">Document findings</h2><p class="muted">About the OpenAPI document the deployment serves, not failures of the server.</p><table><thead><tr><th>Finding</th><th>Level</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function runErrorsSection(summary: RunSummary): string {
  const errors = [...new Set([...(summary.error ? [summary.error] : []), ...summary.runErrors])];
  if (errors.length === 0) return '';
  return `<h2 id="errors">Errors</h2><ul class="reasons">${errors.map((error) => `<li>${escapeHtml(error)}</li>`).join('')}</ul>`;
}

export function renderReportHtml(summary: RunSummary): string {
  const outcome = runOutcome(summary.exitCode);
  const heading = `${OUTCOME_LABEL[outcome]} (exit ${summary.exitCode})`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Nothing may be fetched: the page must read the same offline and from a file URL.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`twenty-conformance: ${heading} · ${summary.target.baseUrl}`)}</title>`,
    `<style>${CSS}</style></head><body><main>`,
    `<section class="verdict ${outcome}" id="verdict"><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(outcomeReason(summary))}</p></section>`,
    facts(summary),
    totals(summary),
    `<h2 id="areas">Verdicts per area</h2>${areaChart(areaCounts(summary.checks)) || '<p>No check ran.</p>'}`,
    runErrorsSection(summary),
    failuresSection(summary.checks),
    unsureSection(summary.checks),
    summary.checks.length > 0 ? checksTable(summary.checks) : '',
    findingsSection(summary),
    `<footer>twenty-conformance ${escapeHtml(summary.version)} · reproducers read the key from <code>$TWENTY_API_KEY</code>; no credential is written in this page · machine-readable: summary.json</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
