import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RestInputError } from '../errors/rest-input-error.ts';
import type { FilterLeaf, FilterNode } from './ast.ts';
import {
  isBarePrintable,
  isPrintable,
  normalizeFilter,
  parseFilter,
  printFilter,
  UnprintableFilterError,
} from './grammar.ts';

const leaf = (path: string, comparator: FilterLeaf['comparator'], value: string, quote: FilterLeaf['quote'] = null): FilterLeaf => ({
  type: 'leaf',
  path: path.split('.'),
  comparator,
  value,
  quote,
});
const list = (path: string, comparator: 'in' | 'containsAny', value: string[]): FilterLeaf => ({
  type: 'leaf',
  path: path.split('.'),
  comparator,
  value,
});
const is = (path: string, value: string): FilterLeaf => ({ type: 'leaf', path: path.split('.'), comparator: 'is', value });
const and = (...children: FilterNode[]): FilterNode => ({ type: 'and', children });
const or = (...children: FilterNode[]): FilterNode => ({ type: 'or', children });
const not = (child: FilterNode): FilterNode => ({ type: 'not', child });

const COMPARATOR_LIST = 'eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike';

describe('parseFilter: accepted queries', () => {
  const cases: [string, FilterNode][] = [
    ['position[lte]:1,city[eq]:"Paris"', and(leaf('position', 'lte', '1'), leaf('city', 'eq', 'Paris', '"')) ],
    ['or(a[eq]:1,not(b[is]:NULL))', or(leaf('a', 'eq', '1'), not(is('b', 'NULL')))],
    ['name[eq]:"val,ue"', and(leaf('name', 'eq', 'val,ue', '"'))],
    ["name[eq]:'val,ue'", and(leaf('name', 'eq', 'val,ue', "'"))],
    ['emails.primaryEmail[eq]:foo@x.com', and(leaf('emails.primaryEmail', 'eq', 'foo@x.com'))],
    ['id[in]:["id-1","id-2"]', and(list('id', 'in', ['id-1', 'id-2']))],
    // items split on every comma, quotes or not, and are not trimmed (§3.2)
    ['name[in]:[a, b]', and(list('name', 'in', ['a', ' b']))],
    ['name[in]:["a,b"]', and(list('name', 'in', ['"a', 'b"']))],
    ['tags[containsAny]:[]', and(list('tags', 'containsAny', ['']))],
    ['tags[containsAny]:[x]', and(list('tags', 'containsAny', ['x']))],
    // is: verbatim, quotes kept
    ['a[is]:"NULL"', and(is('a', '"NULL"'))],
    // unquoting: quotes need not match; a lone quote stays (§12.7)
    ['a[eq]:"abc\'', and(leaf('a', 'eq', 'abc', '"'))],
    ['a[eq]:\'abc"', and(leaf('a', 'eq', 'abc', "'"))],
    ['a[eq]:"', and(leaf('a', 'eq', '"'))],
    ['a[eq]:""', and(leaf('a', 'eq', '', '"'))],
    ['a[eq]:"x', and(leaf('a', 'eq', '"x'))],
    // explicit roots are not wrapped again
    ['and(a[eq]:1)', and(leaf('a', 'eq', '1'))],
    ['not(a[eq]:1)', not(leaf('a', 'eq', '1'))],
    ['and(a[eq]:1,or(b[gt]:2,c[lt]:3),not(d[is]:NOT_NULL))', and(leaf('a', 'eq', '1'), or(leaf('b', 'gt', '2'), leaf('c', 'lt', '3')), not(is('d', 'NOT_NULL')))],
    // newest default-conjunction rule (§12.6)
    ["status[eq]:'TODO',and(title[ilike]:'%test%')", and(leaf('status', 'eq', 'TODO', "'"), and(leaf('title', 'ilike', '%test%', "'")))],
    ['a[eq]:1,name[eq]:"(x)"', and(leaf('a', 'eq', '1'), leaf('name', 'eq', '(x)', '"'))],
    ['name[eq]:"(x)"', and(leaf('name', 'eq', '(x)', '"'))],
    // two root groups: the second is glued onto the first leaf (§3.2, §12.10)
    ['and(a[eq]:1),or(b[eq]:2)', and(leaf('a', 'eq', '1b[eq]:2'))],
    // a stray ] flips the shared bracket toggle and swallows the rest (§12.8)
    ['a[eq]:x],b[eq]:2', and(leaf('a', 'eq', 'x],b[eq]:2'))],
    // an apostrophe inside double quotes flips single-quote state (§3.2)
    ['a[eq]:"O\'Brien",b[eq]:2', and(leaf('a', 'eq', '"O\'Brien",b[eq]:2'))],
    // leaves are not trimmed
    ['and(a[eq]:1, b[eq]:2)', and(leaf('a', 'eq', '1'), leaf(' b', 'eq', '2'))],
    // the value is everything after the first ':' that follows the comparator
    ['createdAt[gte]:2024-01-01T10:00:00Z', and(leaf('createdAt', 'gte', '2024-01-01T10:00:00Z'))],
    ['a.b.c[like]:%x%', and(leaf('a.b.c', 'like', '%x%'))],
  ];
  for (const [query, expected] of cases) {
    test(query, () => assert.deepStrictEqual(parseFilter(query), expected));
  }
});

describe('parseFilter: rejected queries and their exact texts', () => {
  const cases: [string, string][] = [
    ['and(a[eq]:1', "'filter' invalid. 1 close bracket is missing in the query"],
    ['and((a[eq]:1', "'filter' invalid. 2 close brackets are missing in the query"],
    ['a[eq]:1)', "'filter' invalid. 1 open bracket is missing in the query"],
    ['a[eq]:1))', "'filter' invalid. 2 open brackets are missing in the query"],
    // parentheses inside quotes count too
    ['name[eq]:"(x"', "'filter' invalid. 1 close bracket is missing in the query"],
    ['', "'filter' invalid for 'and()'. eg: price[gte]:10"],
    ['or()', "'filter' invalid for 'or()'. eg: price[gte]:10"],
    ['not()', "'filter' invalid for 'not()'. eg: price[gte]:10"],
    ['field[eq]:', "'filter' invalid for 'field[eq]:'. eg: price[gte]:10"],
    ['a[eq]:1,', "'filter' invalid for ''. eg: price[gte]:10"],
    ['a[eq]:1,,b[eq]:2', "'filter' invalid for ''. eg: price[gte]:10"],
    ['not(a[eq]:1,)', "'filter' invalid for ''. eg: price[gte]:10"],
    ['not(a[eq]:1,b[eq]:2)', "'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)"],
    ['price', "'filter' invalid for 'price'. eg: price[gte]:10"],
    ['a[eq]1', "'filter' invalid for 'a[eq]1'. eg: price[gte]:10"],
    ['a[EQ]:1', `'filter' invalid for 'a[EQ]:1', comparator EQ not in ${COMPARATOR_LIST}`],
    ['a[contains]:1', `'filter' invalid for 'a[contains]:1', comparator contains not in ${COMPARATOR_LIST}`],
    ['a:b[eq]:1', `'filter' invalid for 'a:b[eq]:1', comparator eq]:1 not in ${COMPARATOR_LIST}`],
    ['id[in]:"x"', "'filter' invalid for 'in' operator. Received '\"x\"' but array value expected eg: 'field[in]:[value_1,value_2]'"],
    ['tags[containsAny]:[a', "'filter' invalid for 'containsAny' operator. Received '[a' but array value expected eg: 'field[containsAny]:[value_1,value_2]'"],
    // '.' matches no line terminator, so even the implicit and(...) is not a group
    ['a[eq]:x\ny', "'filter' invalid for 'and(a[eq]:x\ny)'. eg: price[gte]:10"],
  ];
  for (const [query, message] of cases) {
    test(JSON.stringify(query), () => {
      assert.throws(() => parseFilter(query), (error: unknown) => {
        assert.ok(error instanceof RestInputError);
        assert.equal(error.message, message);
        return true;
      });
    });
  }
});

describe('printFilter: print(parse(q)) = q for printer-produced strings', () => {
  const queries = [
    'and(position[lte]:1,city[eq]:"Paris")',
    'or(a[eq]:1,not(b[is]:NULL))',
    'and(name[eq]:"val,ue")',
    "and(status[eq]:'TODO',title[ilike]:'%test%')",
    'and(id[in]:["id-1","id-2"])',
    'and(tags[containsAny]:[""])',
    'and(a[eq]:"",b[neq]:"(x, y)",c[like]:"[x]")',
    'not(and(a.b[startsWith]:Ab,or(c[endsWith]:"z\'\'",d[gte]:2024-01-01)))',
  ];
  for (const query of queries) {
    test(query, () => assert.equal(printFilter(parseFilter(query)), query));
  }
});

describe('printFilter: unprintable values are refused, never mangled', () => {
  const cases: [string, FilterNode][] = [
    ['a double quote', and(leaf('a', 'eq', 'say "hi"'))],
    ['an odd apostrophe', and(leaf('a', 'eq', "O'Brien"))],
    ['an odd bracket', and(leaf('a', 'eq', 'x]'))],
    ['a parenthesis closing first', and(leaf('a', 'eq', ')('))],
    ['a comma in a list item', and(list('a', 'in', ['x,y']))],
    ['an empty list', and(list('a', 'in', []))],
    ['an empty group', or()],
    ['a list comparator with a single value', and(leaf('a', 'in', 'x'))],
    ['an is value needing quotes', and(is('a', 'x,y'))],
  ];
  for (const [title, node] of cases) {
    test(title, () => assert.throws(() => printFilter(node), UnprintableFilterError));
  }
});

describe('printable values', () => {
  test('isPrintable', () => {
    assert.equal(isPrintable('plain'), true);
    assert.equal(isPrintable(''), true);
    assert.equal(isPrintable('a,b (c) [d] it\'\'s'), true);
    assert.equal(isPrintable('a"b'), false);
    assert.equal(isPrintable("it's"), false);
    assert.equal(isPrintable('[x'), false);
    assert.equal(isPrintable('(x'), false);
    assert.equal(isPrintable(')x('), false);
    assert.equal(isPrintable('x\ry'), false);
  });
  test('isBarePrintable', () => {
    assert.equal(isBarePrintable('foo@x.com'), true);
    assert.equal(isBarePrintable('2024-01-01T10:00:00Z'), true);
    assert.equal(isBarePrintable(''), false);
    assert.equal(isBarePrintable('a b,c'), false);
    assert.equal(isBarePrintable('(x)'), false);
  });
});

describe('normalizeFilter: the AST parse(print(node)) gives', () => {
  test('a root leaf is wrapped in and, a needed quote is recorded', () => {
    const node = leaf('a', 'eq', 'x y,z');
    assert.deepStrictEqual(normalizeFilter(node), and(leaf('a', 'eq', 'x y,z', '"')));
    assert.deepStrictEqual(parseFilter(printFilter(node)), normalizeFilter(node));
  });
  test("a single quote that is not safe becomes a double quote", () => {
    const node = and(leaf('a', 'eq', "it''s", "'"));
    assert.deepStrictEqual(parseFilter(printFilter(node)), and(leaf('a', 'eq', "it''s", '"')));
    assert.deepStrictEqual(normalizeFilter(node), parseFilter(printFilter(node)));
  });
});
