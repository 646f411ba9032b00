import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REDACTED } from '../client/redact.ts';
import { readEvidence } from './evidence.ts';

test('evidence is read back field by field, strings only, with known secrets masked', () => {
  const body = JSON.stringify({
    test: 'MUST x [companies]',
    received: 'a body echoing tok-123',
    expected: '401',
    reproducer: "curl -sS -H \"Authorization: Bearer $TWENTY_API_KEY\" 'http://h/rest/companies?token=tok-123'",
    replay: '--seed 4',
    extra: 'dropped',
    hint: 42,
  });
  assert.deepEqual(readEvidence(body, ['tok-123']), {
    test: 'MUST x [companies]',
    received: `a body echoing ${REDACTED}`,
    expected: '401',
    reproducer: `curl -sS -H "Authorization: Bearer $TWENTY_API_KEY" 'http://h/rest/companies?token=${REDACTED}'`,
    replay: '--seed 4',
  });
});

test('a body that is not evidence is ignored', () => {
  assert.equal(readEvidence('not json', []), undefined);
  assert.equal(readEvidence('[]', []), undefined);
  assert.equal(readEvidence(JSON.stringify({ test: 't', received: 'r' }), []), undefined);
});
