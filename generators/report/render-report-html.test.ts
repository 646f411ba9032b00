import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaErrors } from '../config/validate-against-schema.ts';
import { abortedSummary } from './aborted-run.ts';
import { areaChart, escapeHtml, renderReportHtml } from './render-report-html.ts';
import { areaCounts } from './run-verdict.ts';
import { HOSTILE, sampleSummary } from '../../testing/report/sample-summary.ts';
import { matchSnapshot } from '../../testing/report/snapshot.ts';

test('the sample summary is a valid summary.json', () => {
  assert.deepEqual(schemaErrors('summary.schema.json', sampleSummary()), []);
});

test('report.html of a failing run: verdict and exit code first, then the deployment, profile, seed, requests and duration', () => {
  const html = renderReportHtml(sampleSummary());
  const verdict = html.indexOf('<section class="verdict not-conformant"');
  assert.ok(verdict > 0 && verdict < html.indexOf('class="facts"'));
  assert.match(html, /<h1>Not conformant \(exit 1\)<\/h1><p>1 MUST check failed: FLT-002; 1 check was inconclusive, which gate counts as failing: PAG-004\.<\/p>/);
  for (const fact of ['http://127.0.0.1:4000 (embedded reference, fault ilike-case-sensitive)', '<dd>gate</dd>', '1 (replay with --seed 1)', '412 (no budget)', '1 min 23 s']) {
    assert.ok(html.includes(fact), fact);
  }
  matchSnapshot('report.html', html);
});

test('report.html expands a failure with its sentence, § source, received vs expected and the token-free reproducer', () => {
  const html = renderReportHtml(sampleSummary());
  const failure = html.slice(html.indexOf('id="failure-check-FLT-002"'), html.indexOf('</details>', html.indexOf('id="failure-check-FLT-002"')));
  assert.match(failure, /\[FLT-002 MUST\] MUST match like/);
  assert.match(failure, /<div class="label">The contract says<\/div><div class="sentence">ilike: <code>col::text ILIKE v<\/code>, case-insensitive; <code>&lt;b&gt;<\/code> stays text \(contract §3\.4\)\.<\/div>/);
  assert.match(failure, /<div class="source">contract §3\.4 · checked in <code>tests\/filters\.spec\.ts:87<\/code><\/div>/);
  assert.match(failure, /<pre class="received">2 records: &lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(failure, /<pre class="expected">3 records \(ilike is case-insensitive\)<\/pre>/);
  assert.match(failure, /<pre class="reproducer">curl -sS -X GET -H &quot;Authorization: Bearer \$TWENTY_API_KEY&quot;/);
  assert.match(failure, /<pre class="exchange">\[200\] GET .*\n\{&quot;error&quot;:&quot;&lt;b&gt;nope&lt;\/b&gt;&quot;\}/);
});

test('report.html lists every check by area, new areas included, and inconclusive and not-run checks with their reasons', () => {
  const html = renderReportHtml(sampleSummary());
  for (const area of ['filters', 'ordering', 'auth', 'pagination', 'metadata']) assert.ok(html.includes(`<th class="area" colspan="6">${area}</th>`), area);
  assert.match(html, /<tr id="check-FLT-002" class="bad"><td class="id">FLT-002<\/td><td>MUST<\/td><td><span class="chip verdict-fail"[^>]*>FAIL<\/span><\/td><td>0\/1<\/td><td class="sentence"><div class="title">MUST match like[^<]*<\/div><div>ilike: <code>col::text ILIKE v<\/code>[^<]*<code>&lt;b&gt;<\/code> stays text \(contract §3\.4\)\.<\/div><\/td><td>contract §3\.4<div class="muted"><code>tests\/filters\.spec\.ts:87<\/code>/);
  const unsure = html.slice(html.indexOf('id="inconclusive"'));
  assert.match(unsure, /PAG-004 \[notes\]: notes has fewer than 2 records/);
  assert.match(unsure, /AUTH-009: not run: set TWENTY_EXPIRED_API_KEY/);
});

test('report.html escapes every string from the run and fetches nothing', () => {
  const html = renderReportHtml(sampleSummary({ target: { baseUrl: 'http://x/"><script>alert(1)</script>', embeddedReference: false, referenceFault: null } }));
  assert.ok(!html.includes(HOSTILE));
  assert.ok(!html.includes('<script'));
  assert.ok(!html.includes('<img'));
  assert.match(html, /default-src 'none'/);
  // No reference to anything outside the page (the SVG namespace is an identifier, not a fetch).
  const fetching = [...html.matchAll(/<[^>]*\s(?:src|href|action|srcset)\s*=[^>]*>/gi)].map((match) => match[0]);
  assert.deepEqual(fetching, []);
});

test('report.html of a run that stopped (exit 2) says error and why', () => {
  const aborted = abortedSummary({
    version: '0.1.0',
    startedAt: '2026-12-06T09:00:00.000Z',
    durationMs: 900,
    target: { baseUrl: 'http://crm.example', embeddedReference: false, referenceFault: null },
    profile: 'smoke',
    seed: 7,
    shard: null,
    error: 'http://crm.example answered HTTP 500 to <every> request',
  });
  const html = renderReportHtml(aborted);
  assert.match(html, /<section class="verdict error" id="verdict"><h1>Error: no verdict \(exit 2\)<\/h1><p>http:\/\/crm\.example answered HTTP 500 to &lt;every&gt; request<\/p>/);
  assert.match(html, /<p>No check ran\.<\/p>/);
  assert.ok(!html.includes('<table class="checks">'));
});

test('the area chart draws one bar per area, segments in proportion to its verdicts', () => {
  const svg = areaChart(areaCounts(sampleSummary().checks));
  assert.equal(svg.match(/text-anchor="end"/g)?.length, 5);
  // filters: 1 pass + 1 fail, the widest area (2 checks) spans the full 520 px.
  assert.match(svg, /<rect x="120\.0" y="3" width="260\.0" height="16" fill="#cf222e"><title>filters: 1 FAIL<\/title>/);
  assert.match(svg, /<rect x="380\.0" y="3" width="260\.0" height="16" fill="#1a7f37"><title>filters: 1 pass<\/title>/);
  assert.equal(areaChart([]), '');
});

test('escapeHtml escapes the five characters that matter', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
