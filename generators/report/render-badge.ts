// Pure: an SVG badge in the shields.io style, `conformance | 67/67 MUST`: green
// when every MUST check that ran passed, red when any did not, grey when the
// run had no verdict.
import type { RunSummary } from './run-summary.ts';
import { escapeHtml } from './render-report-html.ts';
import { mustCounts, runOutcome } from './run-verdict.ts';

const COLOUR = { conformant: '#2ea44f', 'not-conformant': '#cf222e', error: '#6e7781' } as const;

/** Verdana 11px averages about 6.5 px a character; shields pads each side by 6 px. */
const textWidth = (text: string) => Math.round(text.length * 6.5) + 12;

export function badgeText(summary: Pick<RunSummary, 'exitCode' | 'checks'>): string {
  if (summary.exitCode === 2) return 'error';
  const must = mustCounts(summary.checks);
  return `${must.passed}/${must.run} MUST`;
}

export function renderBadge(summary: Pick<RunSummary, 'exitCode' | 'checks'>): string {
  const label = 'conformance';
  const value = badgeText(summary);
  const colour = COLOUR[runOutcome(summary.exitCode)];
  const left = textWidth(label);
  const right = textWidth(value);
  const width = left + right;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeHtml(`${label}: ${value}`)}">`,
    `<title>${escapeHtml(`${label}: ${value}`)}</title>`,
    `<rect width="${left}" height="20" rx="3" fill="#555"/>`,
    `<rect x="${left}" width="${right}" height="20" rx="3" fill="${colour}"/>`,
    `<rect x="${left}" width="4" height="20" fill="${colour}"/>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `<text x="${left / 2}" y="14">${escapeHtml(label)}</text>`,
    `<text x="${left + right / 2}" y="14">${escapeHtml(value)}</text>`,
    '</g></svg>',
    '',
  ].join('');
}
