import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sampleSummary } from '../../testing/report/sample-summary.ts';
import { writeRunReports } from './summary-reporter.ts';

test('summary.json and every page written from it hold no credential, in any spelling', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.secret-payload.sig';
  const summary = sampleSummary();
  const [failing] = summary.checks.filter((check) => check.verdict === 'fail');
  assert.ok(failing?.failures?.[0]);
  failing.failures[0] = {
    ...failing.failures[0],
    received: `a 200 whose body echoes ${token}`,
    exchange: `[200] GET http://h/rest/companies?token=${encodeURIComponent(token)}`,
    reproducer: `curl -sS -H "Authorization: Bearer $TWENTY_API_KEY" 'http://h/rest/companies?k=${Buffer.from(token).toString('base64')}'`,
  };
  const dir = mkdtempSync(join(tmpdir(), 'tc-pages-'));
  try {
    writeRunReports(dir, summary, [token]);
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, ['badge.svg', 'report.html', 'summary.json', 'summary.md']);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const form of [token, encodeURIComponent(token), Buffer.from(token).toString('base64')]) assert.ok(!text.includes(form), `${file} holds ${form}`);
    }
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /a 200 whose body echoes \[REDACTED\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
