import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS, findCheck } from '../checks/catalogue.ts';
import { chooseSubjects, NO_SUBJECTS, type SubjectPolicy } from './subjects.ts';

const pool = [
  { n: 'a', w: 1, kinds: ['TEXT'] },
  { n: 'b', w: 5, kinds: ['TEXT', 'NUMBER', 'FULL_NAME.firstName:TEXT'] },
  { n: 'c', w: 3, kinds: ['BOOLEAN'] },
  { n: 'd', w: 5, kinds: ['NUMBER'] },
  { n: 'e', w: 3, kinds: ['TEXT', 'BOOLEAN'] },
];
const measures = { weight: (item: (typeof pool)[number]) => item.w, kinds: (item: (typeof pool)[number]) => item.kinds };
const names = (policy: SubjectPolicy, profile: 'gate' | 'install' | 'smoke') => chooseSubjects(policy, profile, pool, measures).map((item) => item.n);
const policy: SubjectPolicy = { pool: 'described objects', weight: 'fields', gate: 'all', install: 2, smoke: 1 };

test('each profile takes its budget: the whole pool, or the heaviest N in pool order (the earlier on a tie)', () => {
  assert.deepEqual(names(policy, 'gate'), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(names(policy, 'install'), ['b', 'd']);
  assert.deepEqual(names(policy, 'smoke'), ['b']);
  assert.deepEqual(names({ ...policy, smoke: 0 }, 'smoke'), []);
  assert.deepEqual(names({ ...policy, install: 10 }, 'install'), ['a', 'b', 'c', 'd', 'e']);
});

test('`pool order` takes the first subjects of the pool, whatever they weigh', () => {
  assert.deepEqual(names({ ...policy, weight: 'pool order' }, 'install'), ['a', 'b']);
});

test('`field kinds` keeps the fewest subjects that hold every kind of the pool, in pool order', () => {
  // b holds three kinds, then c or e adds BOOLEAN (c first in the pool: ties go to the heavier, then the earlier).
  assert.deepEqual(names({ ...policy, gate: 'field kinds' }, 'gate'), ['b', 'c']);
  const held = new Set(chooseSubjects({ ...policy, gate: 'field kinds' }, 'gate', pool, measures).flatMap((item) => item.kinds));
  assert.deepEqual([...held].sort(), [...new Set(pool.flatMap((item) => item.kinds))].sort());
  assert.throws(() => chooseSubjects({ ...policy, gate: 'field kinds' }, 'gate', pool, { weight: measures.weight }), /kinds/);
});

test('an empty pool gives no subjects in any budget', () => {
  for (const budget of ['all', 'field kinds', 3] as const) assert.deepEqual(chooseSubjects({ ...policy, gate: budget }, 'gate', [], measures), []);
});

test('every check entry states a policy; a pool borrowed from another check names one that visits objects', () => {
  for (const check of CHECKS) {
    assert.ok(check.subjects, `${check.id} has no subjects policy`);
    const { pool } = check.subjects;
    if (!pool.startsWith('subjects of ')) continue;
    const other = findCheck(pool.slice('subjects of '.length));
    assert.ok(other, `${check.id}: ${pool} names no check`);
    assert.ok(!['none', 'metadata resources'].includes(other.subjects.pool) && !other.subjects.pool.startsWith('subjects of '), `${check.id}: ${pool} is not a pool of objects`);
  }
  assert.equal(findCheck('OAS-001')?.subjects, NO_SUBJECTS);
});

