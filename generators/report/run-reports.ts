// Pure: the pages a run's report folder gets from its summary.json, by file name.
// The summary reporter, merge-reports and an aborted run (exit 2) all write them.
import { renderBadge } from './render-badge.ts';
import { renderReportHtml } from './render-report-html.ts';
import { renderSummaryMarkdown } from './render-summary-md.ts';
import type { RunSummary } from './run-summary.ts';

export const REPORT_PAGES = ['report.html', 'summary.md', 'badge.svg'] as const;

export function renderRunReports(summary: RunSummary): Record<(typeof REPORT_PAGES)[number], string> {
  return {
    'report.html': renderReportHtml(summary),
    'summary.md': renderSummaryMarkdown(summary),
    'badge.svg': renderBadge(summary),
  };
}
