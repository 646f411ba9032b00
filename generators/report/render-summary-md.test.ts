import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeBlock, escapeMarkdown, renderSummaryMarkdown } from './render-summary-md.ts';
import { HOSTILE, sampleSummary } from '../../testing/report/sample-summary.ts';
import { matchSnapshot } from '../../testing/report/snapshot.ts';

test('summary.md: the verdict heading, the run line, counts per area and the failure with its reproducer', () => {
  const md = renderSummaryMarkdown(sampleSummary());
  const lines = md.split('\n');
  assert.equal(lines[0], '## ❌ twenty-conformance: Not conformant (exit 1)');
  assert.ok(lines.includes('**Deployment** http://127.0.0.1:4000 (embedded reference, fault ilike-case-sensitive) · **profile** gate · **seed** 1 · **requests** 412 (no budget) · **duration** 1 min 23 s'));
  assert.ok(lines.includes('| area | FAIL | inconclusive | not run | warn | pass |'));
  assert.ok(lines.includes('| filters | 1 | 0 | 0 | 0 | 1 |'));
  assert.ok(lines.includes('| metadata | 0 | 0 | 0 | 0 | 1 |'));
  assert.ok(md.includes(`\`\`\`sh\ncurl -sS -X GET -H "Authorization: Bearer $TWENTY_API_KEY" 'http://127.0.0.1:4000/rest/companies?filter=`));
  assert.ok(md.includes('- **PAG-004** inconclusive: PAG-004 \\[notes\\]: notes has fewer than 2 records'));
  assert.ok(lines.includes('> ilike: `col::text ILIKE v`, case-insensitive; `<b>` stays text (contract §3.4).'));
  matchSnapshot('summary.md', md);
});

test('summary.md escapes server text outside code blocks and no content closes a code block', () => {
  const md = renderSummaryMarkdown(sampleSummary());
  // Raw server text appears only inside fenced code blocks, which render it literally.
  const outsideCode = md.replace(/(`{3,})[a-z]*\n[\s\S]*?\n\1/g, '');
  assert.ok(md.includes('<img'));
  assert.ok(!outsideCode.includes('<img'));
  assert.equal(escapeMarkdown(HOSTILE), '&lt;img src=x onerror=alert(1)&gt; &amp; "quoted" \\`tick\\` \\| pipe');
  assert.equal(codeBlock('a ``` b'), '````\na ``` b\n````');
  assert.equal(codeBlock('plain', 'sh'), '```sh\nplain\n```');
});

test('summary.md of a run that stopped says error and why, without empty tables', () => {
  const md = renderSummaryMarkdown(sampleSummary({ checks: [], exitCode: 2, error: 'the deployment answered 500 to every request', runErrors: ['the deployment answered 500 to every request'] }));
  assert.match(md, /^## ⚠️ twenty-conformance: Error: no verdict \(exit 2\)\n\nthe deployment answered 500 to every request\n/);
  assert.ok(!md.includes('| area |'));
  assert.ok(!md.includes('All checks'));
});
