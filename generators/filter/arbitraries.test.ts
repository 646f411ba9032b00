import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { COMPARATORS_BY_KIND } from '../kinds/comparators.ts';
import type { FilterNode } from './ast.ts';
import { exprArb, generableComparators, leafArb, valueArb } from './arbitraries.ts';
import type { ArbField } from './arbitraries.ts';
import type { FieldResolver, ResolvedField } from './field-resolver.ts';
import { parseFilter, printFilter } from './grammar.ts';
import { evaluateFilter } from './oracle.ts';
import { typeFilterValue } from './typed-values.ts';

const SEED = 20261127;

const RECORDS: Record<string, unknown>[] = [
  { id: '3f0c6f1e-8a4b-4c1d-9e2f-0a1b2c3d4e5f', name: { firstName: 'Ann', lastName: "O'Neil" }, city: 'Paris (FR)', employees: 12, active: true, createdAt: '2024-01-01T10:00:00.000Z', birthday: '1990-05-01', stage: 'NEW', tags: ['A', 'B'], aliases: ['x'], data: { a: 1 }, companyId: 'a0000000-0000-4000-8000-000000000002', amount: { amountMicros: 1500000, currencyCode: 'EUR' } },
  { id: '11111111-2222-4333-8444-555555555555', name: { firstName: '', lastName: 'Smith, Jr' }, city: '', employees: null, active: false, createdAt: '2024-01-01T10:00:00.001Z', birthday: null, stage: 'WON', tags: [], aliases: [], data: null, companyId: null, amount: { amountMicros: null, currencyCode: '' } },
  { id: '99999999-8888-4777-8666-555555555555', name: { firstName: null, lastName: null }, city: null, employees: -3.5, active: null, createdAt: null, birthday: '2001-12-31', stage: null, tags: null, aliases: null, data: [1, 'a'], companyId: 'a0000000-0000-4000-8000-000000000002', amount: null },
];

const RESOLVED: Record<string, ResolvedField> = {
  id: { kind: 'UUID' },
  'name.firstName': { kind: 'TEXT' },
  'name.lastName': { kind: 'TEXT' },
  city: { kind: 'TEXT' },
  employees: { kind: 'NUMBER' },
  active: { kind: 'BOOLEAN' },
  createdAt: { kind: 'DATE_TIME' },
  birthday: { kind: 'DATE' },
  stage: { kind: 'SELECT', options: ['NEW', 'WON', 'LOST'] },
  tags: { kind: 'MULTI_SELECT', options: ['A', 'B', 'C'] },
  aliases: { kind: 'ARRAY' },
  data: { kind: 'RAW_JSON' },
  companyId: { kind: 'RELATION' },
  'amount.amountMicros': { kind: 'NUMERIC' },
  'amount.currencyCode': { kind: 'TEXT', nullEquivalence: 'none' },
};
const resolve: FieldResolver = (path) => RESOLVED[path.join('.')];

const FIELDS: ArbField[] = Object.entries(RESOLVED).map(([dotted, resolved]) => {
  const path = dotted.split('.');
  const kind = resolved.kind;
  return {
    path,
    resolved,
    comparators: COMPARATORS_BY_KIND[kind],
    samples: RECORDS.map((record) => path.reduce<unknown>((value, step) => (value as Record<string, unknown> | null)?.[step], record)),
  };
});

describe('exprArb', () => {
  test('every generated AST prints, and the print parses back to the same AST and prints the same', () => {
    fc.assert(
      fc.property(exprArb(FIELDS, { maxDepth: 3 }), (ast) => {
        const query = printFilter(ast);
        const parsed = parseFilter(query);
        assert.deepStrictEqual(parsed, ast);
        assert.equal(printFilter(parsed), query);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
  test('the oracle never throws on generated filters, and they split the data both ways', () => {
    let someMatch = 0;
    let someMiss = 0;
    fc.assert(
      fc.property(exprArb(FIELDS, { maxDepth: 2 }), (ast) => {
        for (const record of RECORDS) {
          if (evaluateFilter(ast, record, resolve)) someMatch++;
          else someMiss++;
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
    assert.ok(someMatch > 100 && someMiss > 100, `matches ${someMatch}, misses ${someMiss}`);
  });
  test('the root is always a group and counterexamples print as query strings', () => {
    const [sample] = fc.sample(exprArb(FIELDS, { maxDepth: 2 }), { seed: SEED, numRuns: 1 });
    assert.ok(sample);
    assert.notEqual(sample.type, 'leaf');
    assert.equal(fc.stringify(sample), printFilter(sample));
  });
  test('nesting reaches and, or and not', () => {
    const kinds = new Set<string>();
    const visit = (node: FilterNode): void => {
      kinds.add(node.type);
      if (node.type === 'not') visit(node.child);
      if (node.type === 'and' || node.type === 'or') node.children.forEach(visit);
    };
    fc.sample(exprArb(FIELDS, { maxDepth: 3 }), { seed: SEED, numRuns: 200 }).forEach(visit);
    assert.deepStrictEqual([...kinds].sort(), ['and', 'leaf', 'not', 'or']);
  });
});

describe('leafArb', () => {
  for (const field of FIELDS) {
    test(`${field.path.join('.')}: every generable comparator shows up and values type-check`, () => {
      const seen = new Set<string>();
      for (const leaf of fc.sample(leafArb(field), { seed: SEED, numRuns: 300 })) {
        seen.add(leaf.comparator);
        const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
        if (leaf.comparator !== 'is' && !['like', 'ilike', 'startsWith', 'endsWith', 'containsAny'].includes(leaf.comparator)) {
          for (const value of values) typeFilterValue(value, field.resolved, field.path.join('.'));
        }
      }
      assert.deepStrictEqual([...seen].sort(), [...generableComparators(field)].sort());
    });
  }
  test('a field with nothing generable is refused', () =>
    assert.throws(() => leafArb({ path: ['x'], resolved: { kind: 'ARRAY' }, comparators: ['eq'], samples: [] })));
});

describe('valueArb', () => {
  test('draws mostly from the samples', () => {
    const values = fc.sample(valueArb({ kind: 'TEXT', samples: ['Paris', 'Lyon'] }), { seed: SEED, numRuns: 400 });
    const fromSamples = values.filter((value) => value === 'Paris' || value === 'Lyon').length;
    assert.ok(fromSamples > 200 && fromSamples < 400, `from samples: ${fromSamples}`);
  });
  test('skips samples that are not printable or not valid for the kind', () => {
    const values = fc.sample(valueArb({ kind: 'NUMBER', samples: ['abc', 7, 'say "x"'] }), { seed: SEED, numRuns: 200 });
    assert.ok(values.includes('7'));
    assert.ok(!values.includes('abc') && !values.includes('say "x"'));
  });
});

test('text cut into prefixes, suffixes and LIKE pieces is cut by code point: no emoji is split in two', () => {
  const field: ArbField = { path: ['city'], resolved: { kind: 'TEXT' }, comparators: ['startsWith', 'endsWith', 'like', 'ilike'], samples: ['smile 😀', '🚀 rocket', '東京😀x'] };
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  fc.assert(
    fc.property(leafArb(field), (leaf) => {
      assert.ok(typeof leaf.value !== 'string' || !loneSurrogate.test(leaf.value), JSON.stringify(leaf.value));
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('overlapExamples: a two-item containsAny list that "any" and "all" answer differently', async () => {
  const { overlapExamples } = await import('./arbitraries.ts');
  const field = {
    path: ['tags'],
    resolved: { kind: 'MULTI_SELECT' as const, nullable: true, options: ['A', 'B', 'C'] },
    comparators: ['containsAny' as const, 'is' as const],
    samples: [['A'], ['A', 'B'], null],
  };
  const [leaf] = overlapExamples([field as never]);
  assert.deepEqual(leaf, { type: 'leaf', path: ['tags'], comparator: 'containsAny', value: ['A', 'B'] });
  assert.deepEqual(overlapExamples([{ ...field, samples: [['A'], ['A']] } as never]), []);
});
