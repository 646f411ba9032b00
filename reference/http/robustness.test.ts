// No input makes the faithful reference answer 500 or anything but a JSON body:
// random paths, query strings and bodies (fast-check, fixed seed, bounded runs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { startReference, type RunningReference } from '../start.ts';

let reference: RunningReference;
const logs: string[] = [];
before(async () => {
  reference = await startReference({ log: (line) => logs.push(line) });
});
after(() => reference.stop());

const fragment = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('name', 'city', 'position', 'employees', 'name.firstName', 'emails.primaryEmail', 'companyId', 'deletedAt', 'id'),
  fc.constantFrom('[eq]:', '[in]:[', '[is]:NULL', '[gt]:', '(', ')', ',', '"', "'", '%', '%25', '%00', '+', 'and(', 'or(', 'not(', ']', '['),
);
const text = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
const param = fc.tuple(
  fc.constantFrom('filter', 'order_by', 'limit', 'depth', 'starting_after', 'ending_before', 'soft_delete', 'upsert', 'filter[]', 'limit[]'),
  text,
);
const query = fc.array(param, { maxLength: 4 }).map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'));
const path = fc.oneof(
  fc.constantFrom('/rest/people', '/rest/companies', '/rest/opportunities', '/rest/batch/people', '/rest/people/20202020-0000-4000-8000-000000000000'),
  text.map((segment) => `/rest/${encodeURIComponent(segment)}`),
  fc.tuple(text, text).map(([a, b]) => `/rest/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
);
const method = fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE');
const body = fc.oneof(fc.constant(undefined), fc.json({ maxDepth: 2 }), fc.string({ maxLength: 20 }));

test('random requests never get a 500 or a non-JSON answer', async () => {
  await fc.assert(
    fc.asyncProperty(method, path, query, body, async (verb, target, search, payload) => {
      // Writes may change this server's own data; only the shape of each answer is checked.
      const response = await fetch(`${reference.baseUrl}${target}?${search}`, {
        method: verb,
        headers: { authorization: `Bearer ${reference.apiKey}`, 'content-type': 'application/json' },
        ...(verb !== 'GET' && payload !== undefined ? { body: payload } : {}),
      });
      const answer = await response.text();
      assert.notEqual(response.status, 500, `${verb} ${target}?${search} → ${answer}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      JSON.parse(answer);
    }),
    { numRuns: 300, seed: 20261127 },
  );
  assert.deepEqual(logs, []);
});
