// Properties over hostile text: the printability predicates must be exactly safe
// (a value they accept survives printing next to other leaves), and the parser
// must answer any input with an AST or a RestInputError, never a crash.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RestInputError } from '../errors/rest-input-error.ts';
import type { FilterLeaf, FilterNode } from './ast.ts';
import { isBarePrintable, isPrintable, isPrintableListItem, parseFilter, printFilter } from './grammar.ts';

const SEED = 4242;
const hostile = fc.string({ unit: fc.constantFrom(...'ab ,:.()[]"\'%_\\\nxé'), maxLength: 10 });

const eq = (path: string, value: string, quote: FilterLeaf['quote']): FilterLeaf => ({ type: 'leaf', path: [path], comparator: 'eq', value, quote });

describe('printability predicates are safe next to other leaves', () => {
  test('isPrintable values survive quoting between two neighbours', () => {
    fc.assert(
      fc.property(hostile, hostile, (v, w) => {
        fc.pre(isPrintable(v) && isPrintable(w));
        const ast: FilterNode = { type: 'or', children: [eq('a', v, '"'), { type: 'not', child: eq('b', w, '"') }, eq('c', 'z', null)] };
        assert.deepStrictEqual(parseFilter(printFilter(ast)), ast);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
  test('isBarePrintable values survive without quotes', () => {
    fc.assert(
      fc.property(hostile, (v) => {
        fc.pre(isBarePrintable(v));
        const ast: FilterNode = { type: 'and', children: [eq('a', v, null), eq('b', 'z', null)] };
        assert.deepStrictEqual(parseFilter(printFilter(ast)), ast);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
  test('isPrintableListItem items survive in a list', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 3 }), (items) => {
        fc.pre(items.every(isPrintableListItem));
        const ast: FilterNode = { type: 'and', children: [{ type: 'leaf', path: ['a'], comparator: 'in', value: items }, eq('b', 'z', null)] };
        assert.deepStrictEqual(parseFilter(printFilter(ast)), ast);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
  test('the predicates are not vacuous: refused values really break', () => {
    // each of these, printed quoted anyway, does not come back as two leaves
    for (const v of ['say "h,i"', "it's", 'x]', ')(']) {
      const text = `and(a[eq]:"${v}",b[eq]:z)`;
      let parsed: FilterNode | undefined;
      try {
        parsed = parseFilter(text);
      } catch (error) {
        assert.ok(error instanceof RestInputError);
      }
      assert.notDeepStrictEqual(parsed, { type: 'and', children: [eq('a', v, '"'), eq('b', 'z', null)] }, v);
    }
  });
});

describe('the parsers never crash', () => {
  const grammarText = fc.string({ unit: fc.constantFrom(...'andortq[]():,"\'.abx1 '), maxLength: 30 });
  test('parseFilter returns an AST or throws RestInputError', () => {
    fc.assert(
      fc.property(grammarText, (raw) => {
        try {
          parseFilter(raw);
        } catch (error) {
          assert.ok(error instanceof RestInputError, String(error));
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
