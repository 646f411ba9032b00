import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exprArb } from './arbitraries.ts';
import { arbFields, precisePaths } from './filterable-paths.ts';
import { parseFilter } from './grammar.ts';
import { booleanLawViolations, judgeBooleanLaws, relatedFilters, type LawViolation, type RelatedAnswers, type RelatedFilters } from './metamorphic.ts';
import { selectIds } from './selection.ts';
import { COMPANY_PATHS, COMPANY_RECORDS, resolveCompany } from '../../testing/filter/company-sample.ts';

const texts = (violations: LawViolation[]) => violations.map((v) => v.text).join('; ');
const universe = COMPANY_RECORDS.map((r) => String(r['id']));
const answer = (filter: Parameters<typeof selectIds>[0]) => selectIds(filter, COMPANY_RECORDS, resolveCompany);

function answersOf(related: RelatedFilters): RelatedAnswers {
  return {
    f: answer(related.f),
    notF: answer(related.notF),
    g: answer(related.g),
    andFG: answer(related.andFG),
    orFG: answer(related.orFG),
    groupF: answer(related.groupF),
  };
}

test('the laws hold for every answer the three-valued oracle gives (so a violation is the server\'s)', () => {
  const fields = arbFields(precisePaths(COMPANY_PATHS, { embeddedReference: true }), COMPANY_RECORDS);
  const expr = exprArb(fields, { maxDepth: 2 });
  fc.assert(
    fc.property(expr, expr, (f, g) => {
      assert.deepEqual(booleanLawViolations(answersOf(relatedFilters(f, g)), universe), []);
    }),
    { seed: 20261127, numRuns: 300 },
  );
});

test('F and not(F) leave out the rows where F is unknown, yet stay disjoint', () => {
  const related = relatedFilters(parseFilter('employees[gt]:50'), parseFilter('name[eq]:Acme'));
  const answers = answersOf(related);
  assert.ok(answers.f.length + (answers.notF?.length ?? 0) < universe.length);
  assert.deepEqual(booleanLawViolations(answers, universe), []);
});

test('a not() evaluated as its child, an or() evaluated as and(), a lost group, a leak outside the universe: each is named', () => {
  const related = relatedFilters(parseFilter('employees[gt]:50'), parseFilter('name[eq]:Acme'));
  const good = answersOf(related);
  const notIgnored = booleanLawViolations({ ...good, notF: good.f }, universe);
  assert.equal(notIgnored[0]?.answer, 'notF');
  assert.match(texts(notIgnored), /F and not\(F\) both returned/);
  const orAsAnd = booleanLawViolations({ ...good, orFG: good.andFG ?? [] }, universe);
  assert.equal(orAsAnd[0]?.answer, 'orFG');
  assert.match(texts(orAsAnd), /or\(F,G\) vs F ∪ G/);
  const andAsOr = booleanLawViolations({ ...good, andFG: good.orFG ?? [] }, universe);
  assert.match(texts(andAsOr), /and\(F,G\) vs F ∩ G/);
  assert.match(texts(booleanLawViolations({ ...good, groupF: [] }, universe)), /and\(F\) vs F/);
  assert.match(texts(booleanLawViolations({ ...good, g: [...(good.g ?? []), 'stranger'] }, universe)), /outside the queried universe: \[stranger\]/);
});

test('answers that were not fetched are not judged (smoke asks only F and not(F))', () => {
  assert.deepEqual(booleanLawViolations({ f: ['a'], notF: ['b'] }, ['a', 'b', 'c']), []);
});

// FLT-010's judge: the oracle's own answers are valid; a lost one-child group
// (the one-child-group-ignored fault answers and(F) with every record) is invalid.
test('judgeBooleanLaws: consistent answers give no finding', () => {
  const f = parseFilter('employees[gt]:50');
  const g = parseFilter('name[eq]:Acme');
  assert.equal(judgeBooleanLaws(answersOf(relatedFilters(f, g)), universe, f, g), null);
  assert.equal(judgeBooleanLaws({ f: answer(f), notF: answer({ type: 'not', child: f }) }, universe, f, g), null);
});

test('judgeBooleanLaws: a broken law is a finding naming F, G and the answer that shows it', () => {
  const f = parseFilter('employees[gt]:50');
  const g = parseFilter('name[eq]:Acme');
  const good = answersOf(relatedFilters(f, g));
  const finding = judgeBooleanLaws({ ...good, groupF: universe }, universe, f, g);
  assert.deepEqual(finding && { answer: finding.answer, expected: finding.expected, hint: finding.hint }, {
    answer: 'groupF',
    expected: 'answers consistent with three-valued logic (asked twice)',
    hint: 'F = and(employees[gt]:50), G = and(name[eq]:Acme)',
  });
  assert.match(finding?.received ?? '', /^and\(F\) vs F: returned 6 ids, expected 4/);
  const both = judgeBooleanLaws({ ...good, notF: good.f, orFG: good.andFG ?? [] }, universe, f, g);
  assert.equal(both?.answer, 'notF');
  assert.match(both?.received ?? '', /F and not\(F\) both returned .*; or\(F,G\) vs F ∪ G/);
});
