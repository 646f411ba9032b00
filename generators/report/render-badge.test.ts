import assert from 'node:assert/strict';
import { test } from 'node:test';
import { badgeText, renderBadge } from './render-badge.ts';
import { sampleSummary } from '../../testing/report/sample-summary.ts';
import { matchSnapshot } from '../../testing/report/snapshot.ts';

test('the badge counts MUST checks that passed of those that ran (not-run left out)', () => {
  // Sample: FLT-001, META-001 pass; FLT-002 fail; PAG-004 inconclusive; AUTH-009 not run; ORD-001 is SHOULD.
  assert.equal(badgeText(sampleSummary()), '2/4 MUST');
  const svg = renderBadge(sampleSummary());
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="20" role="img" aria-label="conformance: 2\/4 MUST">/);
  assert.match(svg, /fill="#cf222e"/);
  matchSnapshot('badge.svg', svg);
});

test('a conformant run is green, a run without a verdict says error in grey', () => {
  const green = sampleSummary({ exitCode: 0, checks: sampleSummary().checks.filter((check) => check.verdict === 'pass') });
  assert.equal(badgeText(green), '2/2 MUST');
  assert.match(renderBadge(green), /fill="#2ea44f"/);
  const error = sampleSummary({ exitCode: 2 });
  assert.equal(badgeText(error), 'error');
  assert.match(renderBadge(error), /fill="#6e7781"/);
});
