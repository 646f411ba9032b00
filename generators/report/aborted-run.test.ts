import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaErrors } from '../config/validate-against-schema.ts';
import { abortedJunit, abortedSummary, type AbortedRun } from './aborted-run.ts';

const run: AbortedRun = {
  version: '0.1.0',
  startedAt: '2026-12-02T10:00:00.000Z',
  durationMs: 1234.5,
  target: { baseUrl: 'http://crm.example', embeddedReference: false, referenceFault: null },
  profile: 'gate',
  seed: 4,
  shard: null,
  error: 'http://crm.example answered HTTP 500 to <every> "data" request & more',
};

test('the summary of an aborted run is schema-valid and carries the error and exit 2', () => {
  const summary = abortedSummary(run);
  assert.deepEqual(schemaErrors('summary.schema.json', summary), []);
  assert.equal(summary.exitCode, 2);
  assert.equal(summary.error, run.error);
  assert.deepEqual(summary.runErrors, [run.error]);
});

test('the JUnit file has one failing case naming the cause, escaped', () => {
  const xml = abortedJunit(run);
  assert.equal(xml.match(/<testcase /g)?.length, 1);
  assert.equal(xml.match(/<failure /g)?.length, 1);
  assert.match(xml, /tests="1" failures="1"/);
  assert.match(xml, /name="twenty-conformance could not run: http:\/\/crm.example answered HTTP 500 to &lt;every&gt; &quot;data&quot; request &amp; more"/);
  assert.ok(!xml.includes('<every>'));
});
