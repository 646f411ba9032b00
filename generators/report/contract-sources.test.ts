import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS } from '../checks/catalogue.ts';
import { contractSources } from './contract-sources.ts';

test('a § names the document cited before it, else the contract', () => {
  assert.deepEqual(contractSources('like: case-sensitive (contract §3.4).'), ['contract §3.4']);
  assert.deepEqual(contractSources('limit default (contract §5.1; the document\'s default, DESIGN §6)'), ['contract §5.1', 'DESIGN §6']);
  assert.deepEqual(contractSources('cursor rules (§1.3, §5.4) and again §1.3'), ['contract §1.3', 'contract §5.4']);
  assert.deepEqual(contractSources('(§3.1 step 5, §12.7)'), ['contract §3.1', 'contract §12.7']);
  assert.deepEqual(contractSources('no citation at all'), []);
});

test('every check of the catalogue cites at least one § source', () => {
  const uncited = CHECKS.filter((check) => contractSources(check.sentence).length === 0).map((check) => check.id);
  assert.deepEqual(uncited, []);
});
