import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS } from './catalogue.ts';
import { CHECK_AREAS, areaLabel, areaOrder, isCheckArea } from './check-areas.ts';

test('areas: unique ids, each labelled, in the order the catalogue first lists their checks', () => {
  const ids = CHECK_AREAS.map((area) => area.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const area of CHECK_AREAS) assert.ok(area.label.length > 0);
  assert.deepEqual([...new Set(CHECKS.map((check) => check.area))], ids);
});

test('every area has checks; labels fall back to the id', () => {
  for (const area of CHECK_AREAS) assert.ok(CHECKS.some((check) => check.area === area.id), `${area.id} has no check`);
  assert.equal(areaLabel('auth'), 'Authentication');
  assert.equal(areaLabel('other'), 'other');
  assert.equal(areaOrder('other'), CHECK_AREAS.length);
  assert.ok(isCheckArea('writes'));
  assert.ok(!isCheckArea('envelopes'));
});
