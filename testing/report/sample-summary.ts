// A run summary for the report renderers' tests: every verdict, a new area the
// renderers were never told about (`metadata`), and server text full of HTML.
import type { CheckSummary } from '../../generators/report/aggregate.ts';
import type { RunSummary } from '../../generators/report/run-summary.ts';

const check = (over: Partial<CheckSummary> & Pick<CheckSummary, 'id' | 'area' | 'verdict'>): CheckSummary => ({
  level: 'MUST',
  title: `MUST do what ${over.id} says`,
  tests: { passed: 1, failed: 0, skipped: 0 },
  reasons: [],
  sentence: `The rule of ${over.id} (contract §3.4).`,
  sources: ['contract §3.4'],
  ...over,
});

export const HOSTILE = '<img src=x onerror=alert(1)> & "quoted" `tick` | pipe';

export function sampleSummary(over: Partial<RunSummary> = {}): RunSummary {
  const checks: CheckSummary[] = [
    check({ id: 'FLT-001', area: 'filters', verdict: 'pass', tests: { passed: 3, failed: 0, skipped: 0 } }),
    check({
      id: 'FLT-002',
      area: 'filters',
      verdict: 'fail',
      title: 'MUST match like, startsWith and endsWith case-sensitively and ilike case-insensitively',
      sentence: 'ilike: `col::text ILIKE v`, case-insensitive; `<b>` stays text (contract §3.4).',
      tests: { passed: 0, failed: 1, skipped: 0 },
      reasons: ['MUST match … [companies]: Received: 2 records'],
      locations: ['tests/filters.spec.ts:87'],
      failures: [
        {
          test: 'MUST match like … [companies]',
          received: `2 records: ${HOSTILE}`,
          expected: '3 records (ilike is case-insensitive)',
          hint: 'ILIKE became LIKE?',
          exchange: '[200] GET http://127.0.0.1:4000/rest/companies?filter=name%5Bilike%5D%3A%22%25acme%25%22\n{"error":"<b>nope</b>"}',
          reproducer: `curl -sS -X GET -H "Authorization: Bearer $TWENTY_API_KEY" 'http://127.0.0.1:4000/rest/companies?filter=name%5Bilike%5D%3A%22%25acme%25%22'`,
          replay: '--seed 1',
        },
      ],
    }),
    check({ id: 'ORD-001', area: 'ordering', verdict: 'warn', level: 'SHOULD', title: 'SHOULD order nulls first', reasons: ['ORD-001 [people]: Received: x / Expected: y'] }),
    check({ id: 'AUTH-009', area: 'auth', verdict: 'not-run', tests: { passed: 0, failed: 0, skipped: 1 }, reasons: ['AUTH-009: not run: set TWENTY_EXPIRED_API_KEY'] }),
    check({ id: 'PAG-004', area: 'pagination', verdict: 'inconclusive', tests: { passed: 0, failed: 0, skipped: 1 }, reasons: ['PAG-004 [notes]: notes has fewer than 2 records'] }),
    check({ id: 'META-001', area: 'metadata', verdict: 'pass' }),
  ];
  return {
    tool: 'twenty-conformance',
    version: '0.1.0',
    startedAt: '2026-12-06T09:00:00.000Z',
    durationMs: 83_400,
    target: { baseUrl: 'http://127.0.0.1:4000', embeddedReference: true, referenceFault: 'ilike-case-sensitive' },
    profile: 'gate',
    seed: 1,
    shard: null,
    document: { source: 'http://127.0.0.1:4000/rest/open-api/core', valid: true, openapiVersion: '3.0.3', legacy: false, objects: 5, findings: [{ id: 'DOC-003', level: 'warning', message: `prose says ${HOSTILE}` }] },
    checks,
    totals: { pass: 2, fail: 1, warn: 1, inconclusive: 1, 'not-run': 1, waived: 0, 'unexpected-pass': 0, 'internal-error': 0 },
    requests: 412,
    maxRequests: null,
    runErrors: [],
    exitCode: 1,
    ...over,
  };
}
