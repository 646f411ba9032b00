import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FilterNode } from './ast.ts';
import type { FieldResolver } from './field-resolver.ts';
import { printFilter } from './grammar.ts';
import {
  andOrProbes,
  boundProbes,
  compositeProbes,
  dateTimeProbes,
  emptyTextProbes,
  neqNullProbes,
  notProbes,
  swapCase,
  textCaseProbes,
  type Probe,
} from './probes.ts';
import { selectIds } from './selection.ts';
import { COMPANY_PATHS, COMPANY_RECORDS, companyId, resolveCompany } from '../../testing/filter/company-sample.ts';

const printed = (probes: Probe[]) => probes.map((p) => printFilter(p.filter));
const answer = (filter: FilterNode, resolve: FieldResolver = resolveCompany) => selectIds(filter, COMPANY_RECORDS, resolve);

/** Rewrites a filter the way a faulty server would read it. */
function rewrite(node: FilterNode, change: (node: FilterNode) => FilterNode): FilterNode {
  const inner: FilterNode =
    node.type === 'leaf'
      ? node
      : node.type === 'not'
        ? { type: 'not', child: rewrite(node.child, change) }
        : { type: node.type, children: node.children.map((child) => rewrite(child, change)) };
  return change(inner);
}

/** The first probe (the one smoke sends) must answer differently under the fault. */
function assertFirstProbeCatches(probes: Probe[], faulty: (filter: FilterNode) => string[]): void {
  const [first] = probes;
  assert.ok(first, 'no probe');
  assert.notDeepEqual(faulty(first.filter), answer(first.filter), printFilter(first.filter));
}

test('swapCase flips letters and keeps the rest', () => {
  assert.equal(swapCase('Acme 100%'), 'aCME 100%');
});

describe('each family builds probes from the data and its first probe tells the fault apart', () => {
  test('text case: ilike with the case swapped first; a case-sensitive ilike misses the variants', () => {
    const probes = textCaseProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.deepEqual(printed(probes).slice(0, 2), ['and(name[ilike]:aCME)', 'and(name[like]:aCME)']);
    assert.deepEqual(answer(probes[0]!.filter), [companyId(1), companyId(2), companyId(3)]);
    assert.deepEqual(answer(probes[1]!.filter), []);
    assertFirstProbeCatches(probes, (f) => answer(rewrite(f, (n) => (n.type === 'leaf' && n.comparator === 'ilike' ? { ...n, comparator: 'like' } : n))));
  });

  test('neq next to NULLs: plain SQL columns first; keeping NULL rows changes the answer', () => {
    const probes = neqNullProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.equal(printed(probes)[0], 'and(tier[neq]:RATING_1)');
    assertFirstProbeCatches(probes, (f) =>
      answer(rewrite(f, (n) => (n.type === 'leaf' && n.comparator === 'neq' ? { type: 'or', children: [n, { ...n, comparator: 'is', value: 'NULL' }] } : n))),
    );
  });

  test('empty text: is:NULL on a text field holding ""; without null-equivalence the "" record is lost', () => {
    const probes = emptyTextProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.deepEqual(printed(probes), ['and(name[is]:NULL)', 'and(name[is]:NOT_NULL)', 'and(name[eq]:"")', 'and(name[neq]:"")']);
    assert.deepEqual(answer(probes[0]!.filter), [companyId(5), companyId(6)]);
    const plainNulls: FieldResolver = (path) => ({ ...resolveCompany(path)!, nullEquivalence: 'none' });
    assertFirstProbeCatches(probes, (f) => answer(f, plainNulls));
    // Without "" in name, the composite text sub-field that holds one is probed instead.
    const noEmptyName = COMPANY_RECORDS.filter((r) => r['name'] !== '');
    assert.equal(printed(emptyTextProbes(COMPANY_PATHS, noEmptyName))[0], 'and(address.addressCity[is]:NULL)');
    assert.deepEqual(emptyTextProbes(COMPANY_PATHS, COMPANY_RECORDS.slice(0, 2)), []);
  });

  test('not: around a leaf that is true, false and unknown; a server that ignores not() answers A', () => {
    const probes = notProbes(COMPANY_PATHS, COMPANY_RECORDS);
    const first = probes[0]!.filter;
    assert.equal(first.type, 'not');
    assertFirstProbeCatches(probes, (f) => answer(rewrite(f, (n) => (n.type === 'not' ? n.child : n))));
  });

  test('and/or: two values of one field, disjoint; or() read as and() answers nothing', () => {
    const probes = andOrProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.match(printed(probes)[0]!, /^or\(/);
    assert.ok(answer(probes[0]!.filter).length >= 2);
    assertFirstProbeCatches(probes, (f) => answer(rewrite(f, (n) => (n.type === 'or' ? { type: 'and', children: n.children } : n))));
  });

  test('bounds: at a tied number with records on both sides; an inclusive gt keeps the ties', () => {
    const probes = boundProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.deepEqual(printed(probes), ['and(employees[gt]:100)', 'and(employees[gte]:100)', 'and(employees[lt]:100)', 'and(employees[lte]:100)']);
    assertFirstProbeCatches(probes, (f) => answer(rewrite(f, (n) => (n.type === 'leaf' && n.comparator === 'gt' ? { ...n, comparator: 'gte' } : n))));
  });

  test('date-time: eq at a stored millisecond selects it, one millisecond later nothing', () => {
    const probes = dateTimeProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.deepEqual(printed(probes).slice(0, 3), [
      'and(createdAt[eq]:2023-06-01T12:00:00.123Z)',
      'and(createdAt[eq]:2023-06-01T12:00:00.124Z)',
      'and(createdAt[gt]:2023-06-01T12:00:00.123Z)',
    ]);
    assert.deepEqual(answer(probes[0]!.filter), [companyId(1), companyId(2)]);
    assert.deepEqual(answer(probes[1]!.filter), []);
    assert.ok(!answer(probes[2]!.filter).includes(companyId(1)));
  });

  test('composites: a sub-field eq first, then its is:NULL', () => {
    const probes = compositeProbes(COMPANY_PATHS, COMPANY_RECORDS);
    assert.deepEqual(printed(probes), ['and(address.addressCity[eq]:Paris)', 'and(address.addressCity[is]:NULL)']);
    assert.deepEqual(answer(probes[0]!.filter), [companyId(1)]);
    assert.deepEqual(answer(probes[1]!.filter), [companyId(3), companyId(4), companyId(6)]);
  });

  test('no data, no probes (the check then reports inconclusive)', () => {
    for (const family of [textCaseProbes, neqNullProbes, emptyTextProbes, notProbes, andOrProbes, boundProbes, dateTimeProbes, compositeProbes]) {
      assert.deepEqual(family(COMPANY_PATHS, []), [], family.name);
    }
  });
});
