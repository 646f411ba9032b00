import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FilterNode } from '../filter/ast.ts';
import { parseFilter } from '../filter/grammar.ts';
import { fieldPaths } from '../fixtures/catalogue-resolver.ts';
import { COMPARATORS_BY_KIND } from '../kinds/comparators.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { describeCase } from './cases.ts';
import {
  baseLeaf,
  invalidFilterArb,
  invalidFilterExamples,
  malformedFilterArb,
  malformedFilterExamples,
  refusedComparators,
  refusesValue,
  rejectsFilter,
} from './filter-cases.ts';
import { referenceCatalogue, referenceObject } from '../../testing/robustness/testing-catalogue.ts';

const filterOf = (value: { query: Record<string, string> | string }) => (value.query as Record<string, string>)['filter'] ?? '';

test('the base leaf parses: every case changes one thing from a filter that is accepted', () => {
  for (const object of referenceCatalogue.objects) assert.equal(rejectsFilter(baseLeaf(object)), false, object.plural);
  assert.equal(baseLeaf(referenceObject('people')), 'id[is]:NULL');
});

test('the fixed grammar examples are all refused by the parser, brief examples first', () => {
  const people = referenceObject('people');
  const examples = malformedFilterExamples(people);
  assert.equal(filterOf(examples[0]!), 'id[eq]:"(x"');
  assert.equal(filterOf(examples[1]!), 'and(id[is]:NULL');
  for (const example of examples) {
    assert.equal(rejectsFilter(filterOf(example)), true, filterOf(example));
    assert.equal(example.expect, 'bad-request');
    assert.equal(example.path, '/people');
  }
});

test('parseFilter, the oracle, refuses the contract texts quoted for the probes', () => {
  assert.throws(() => parseFilter('name[eq]:"(x"'), /1 close bracket is missing in the query/);
  assert.throws(() => parseFilter(''), /'filter' invalid for 'and\(\)'/);
  assert.throws(() => parseFilter('a[zz]:1'), /comparator zz not in eq, neq/);
  assert.equal(rejectsFilter('and(a[eq]:1,b[eq]:2)'), false);
});

test('every generated grammar case is one the parser refuses, for every object', () => {
  for (const object of referenceCatalogue.objects) {
    fc.assert(
      fc.property(malformedFilterArb(object), (value) => {
        assert.equal(value.family, 'filter');
        assert.equal(rejectsFilter(filterOf(value)), true, describeCase(value));
      }),
      { numRuns: 300, seed: 11 },
    );
  }
});

test('grammar cases stay short enough for any URL limit', () => {
  fc.assert(
    fc.property(malformedFilterArb(referenceObject('companies')), (value) => {
      assert.ok(new URLSearchParams({ filter: filterOf(value) }).toString().length < 4000);
    }),
    { numRuns: 300, seed: 12 },
  );
});

/** Why the datamodel refuses a parsed filter (§3.3), or null when it would accept it. */
function refusal(object: CatalogueObject, node: FilterNode): string | null {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.children.map((child) => refusal(object, child)).find((reason) => reason !== null) ?? null;
    case 'not':
      return refusal(object, node.child);
    case 'leaf': {
      if (node.comparator === 'is' && node.value !== 'NULL' && node.value !== 'NOT_NULL') return 'is value';
      const entry = fieldPaths(object).find((candidate) => candidate.path.join('.') === node.path.join('.'));
      if (!entry) return 'unknown path';
      if (!COMPARATORS_BY_KIND[entry.resolved.kind].includes(node.comparator)) return 'refused comparator';
      const values = Array.isArray(node.value) ? node.value : [node.value];
      if (node.comparator !== 'is' && values.some((value) => refusesValue(entry, value))) return 'refused value';
      return null;
    }
  }
}

test('the refusal oracle of this test accepts what the reference accepts', () => {
  const companies = referenceObject('companies');
  assert.equal(refusal(companies, parseFilter('and(employees[gt]:10,name[ilike]:"%a%",idealCustomerProfile[eq]:true)')), null);
  assert.equal(refusal(companies, parseFilter('employees[like]:1')), 'refused comparator');
});

test('every schema case parses, yet names something the datamodel refuses', () => {
  for (const object of referenceCatalogue.objects) {
    const check = (value: ReturnType<typeof invalidFilterExamples>[number]) => {
      assert.equal(value.family, 'filter-schema');
      const node = parseFilter(filterOf(value));
      assert.notEqual(refusal(object, node), null, describeCase(value));
    };
    invalidFilterExamples(object).forEach(check);
    fc.assert(fc.property(invalidFilterArb(object), check), { numRuns: 300, seed: 13 });
  }
});

test('schema examples cover unknown field, mistyped value, is-value, composite and relation by name', () => {
  assert.deepEqual(
    invalidFilterExamples(referenceObject('people')).map(filterOf),
    ['zzNoSuchField[eq]:1', 'id[eq]:zzNotAValue', 'id[is]:null', 'name[eq]:x', 'company[eq]:00000000-0000-4000-8000-000000000000'],
  );
});

test('refused comparators come from the complement of the lenient operator table', () => {
  const flag = fieldPaths(referenceObject('companies')).find((entry) => entry.path[0] === 'idealCustomerProfile')!;
  assert.deepEqual(refusedComparators(flag), ['neq', 'in', 'containsAny', 'gt', 'gte', 'lt', 'lte', 'startsWith', 'endsWith', 'like', 'ilike']);
  const employees = fieldPaths(referenceObject('companies')).find((entry) => entry.path[0] === 'employees')!;
  assert.deepEqual(refusedComparators(employees), ['containsAny', 'startsWith', 'endsWith', 'like', 'ilike']);
});
