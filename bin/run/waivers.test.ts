import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../../generators/config/usage-error.ts';
import { parseWaivers } from './waivers.ts';

test('YAML and JSON waivers map check IDs to reasons', () => {
  assert.deepEqual(parseWaivers('waivers:\n  - id: RESP-003\n    reason: " bug #1 "\n', 'w.yaml'), { 'RESP-003': 'bug #1' });
  assert.deepEqual(parseWaivers('[{"id":"OAS-001","reason":"webhooks in 3.0"}]', 'w.json'), { 'OAS-001': 'webhooks in 3.0' });
});

for (const [text, fragment] of [
  ['waivers: 3', 'expected {"waivers"'],
  ['waivers:\n  - id: XYZ-001\n    reason: r', 'not a check ID'],
  ['waivers:\n  - id: RESP-003', 'needs a non-empty "reason"'],
  ['waivers:\n  - {id: RESP-003, reason: a}\n  - {id: RESP-003, reason: b}', 'waived twice'],
  ['{', 'not JSON or YAML'],
] as const) {
  test(`rejected: ${JSON.stringify(text)}`, () => {
    assert.throws(() => parseWaivers(text, 'w.yaml'), (error: unknown) => error instanceof UsageError && error.message.includes(fragment));
  });
}
