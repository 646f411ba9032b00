import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RestInputError } from '../errors/rest-input-error.ts';
import { parseFilter } from './grammar.ts';
import { evaluateFilter, readPath, truthOf } from './oracle.ts';
import type { FieldResolver, ResolvedField } from './oracle.ts';

const UUID1 = '3f0c6f1e-8a4b-4c1d-9e2f-0a1b2c3d4e5f';
const UUID2 = 'a0000000-0000-4000-8000-000000000002';

const FIELDS: Record<string, ResolvedField> = {
  id: { kind: 'UUID' },
  city: { kind: 'TEXT' },
  'name.firstName': { kind: 'TEXT' },
  'amount.currencyCode': { kind: 'TEXT', nullEquivalence: 'none' },
  position: { kind: 'NUMBER' },
  active: { kind: 'BOOLEAN' },
  createdAt: { kind: 'DATE_TIME' },
  birthday: { kind: 'DATE' },
  stage: { kind: 'SELECT', options: ['NEW', 'WON', 'LOST'] },
  tags: { kind: 'MULTI_SELECT', options: ['A', 'B'] },
  aliases: { kind: 'ARRAY' },
  data: { kind: 'RAW_JSON' },
  companyId: { kind: 'RELATION' },
};
const resolve: FieldResolver = (path) => FIELDS[path.join('.')];

const RECORDS: Record<string, unknown>[] = [
  {
    id: 'r1', city: 'Paris', name: { firstName: 'Ann' }, amount: { currencyCode: 'EUR' }, position: 1, active: true,
    createdAt: '2024-01-01T10:00:00.000Z', birthday: '1990-05-01', stage: 'NEW', tags: ['A', 'B'], aliases: ['x'],
    data: { b: 1, a: 'x' }, companyId: UUID1,
  },
  {
    id: 'r2', city: '', name: { firstName: '' }, amount: null, position: 2, active: false,
    createdAt: '2024-01-01T10:00:00.001Z', birthday: '2000-01-31', stage: 'WON', tags: [], aliases: [],
    data: null, companyId: null,
  },
  {
    id: 'r3', city: null, name: { firstName: null }, amount: null, position: null, active: null,
    createdAt: null, birthday: null, stage: null, tags: null, aliases: null, data: null, companyId: UUID2,
  },
  {
    id: 'r4', city: 'paris', name: { firstName: 'Éva' }, amount: { currencyCode: '' }, position: 10, active: true,
    createdAt: '2024-01-01T09:59:59.999Z', birthday: '1985-12-24', stage: 'LOST', tags: ['B'], data: [1, { z: null }],
  },
];

function matching(query: string): string[] {
  const node = parseFilter(query);
  return RECORDS.filter((record) => evaluateFilter(node, record, resolve)).map((record) => String(record['id']));
}

describe('evaluateFilter: which records match', () => {
  const cases: [string, string[]][] = [
    ['city[eq]:Paris', ['r1']],
    // TEXT null-equivalence: '' and 'NULL' reach NULL rows too (§3.4)
    ['city[eq]:""', ['r2', 'r3']],
    ['city[eq]:NULL', ['r3']],
    ['city[neq]:Paris', ['r2', 'r4']],
    ['city[neq]:""', ['r1', 'r4']],
    ['not(city[neq]:Paris)', ['r1']],
    ['not(city[neq]:"")', ['r2', 'r3']],
    ['city[is]:NULL', ['r2', 'r3']],
    ['city[is]:NOT_NULL', ['r1', 'r2', 'r4']],
    ['not(city[is]:NULL)', ['r1', 'r4']],
    ['city[in]:[Paris,""]', ['r1', 'r2']],
    ['city[like]:P%', ['r1']],
    ['city[like]:_aris', ['r1', 'r4']],
    ['city[like]:""', ['r2', 'r3']],
    ['city[ilike]:PARIS', ['r1', 'r4']],
    ['city[ilike]:%AR%', ['r1', 'r4']],
    ['city[startsWith]:Pa', ['r1']],
    ['city[startsWith]:""', ['r1', 'r2', 'r4']],
    ['city[endsWith]:ris', ['r1', 'r4']],
    // text order is code-point order: 'p' > 'P' > ''
    ['city[gt]:P', ['r1', 'r4']],
    ['city[lt]:Paris', ['r2']],
    ['name.firstName[ilike]:éva', ['r4']],
    ['name.firstName[eq]:""', ['r2', 'r3']],
    // not every TEXT sub-field is null-equivalent: currencyCode is not
    ['amount.currencyCode[is]:NULL', ['r2', 'r3']],
    ['amount.currencyCode[eq]:""', ['r4']],
    ['position[gt]:1', ['r2', 'r4']],
    ['position[lte]:2', ['r1', 'r2']],
    ['position[in]:[1,10]', ['r1', 'r4']],
    ['position[eq]:1abc', ['r1']],
    ['position[neq]:1', ['r2', 'r4']],
    ['position[is]:NULL', ['r3']],
    ['active[eq]:true', ['r1', 'r4']],
    ['active[eq]:false', ['r2']],
    ['not(active[eq]:true)', ['r2']],
    // DATE_TIME: eq is the whole millisecond, gt means >= v+1ms, lte means < v+1ms
    ['createdAt[eq]:2024-01-01T10:00:00Z', ['r1']],
    ['createdAt[eq]:2024-01-01T11:00:00+01:00', ['r1']],
    ['createdAt[neq]:2024-01-01T10:00:00Z', ['r2', 'r4']],
    ['createdAt[gt]:2024-01-01T10:00:00.000Z', ['r2']],
    ['createdAt[gte]:2024-01-01 10:00', ['r1', 'r2']],
    ['createdAt[lt]:2024-01-01T10:00:00Z', ['r4']],
    ['createdAt[lte]:2024-01-01T10:00:00Z', ['r1', 'r4']],
    ['createdAt[in]:[2024-01-01T10:00:00.001Z]', ['r2']],
    ['birthday[gt]:1990-05-01', ['r2']],
    ['birthday[gte]:05/01/1990', ['r1', 'r2']],
    ['birthday[eq]:19900501', ['r1']],
    ['birthday[lt]:2000-01-31T23:00:00Z', ['r1', 'r4']],
    ['stage[in]:[NEW,LOST]', ['r1', 'r4']],
    ['stage[neq]:NEW', ['r2', 'r4']],
    ['stage[containsAny]:[WON]', ['r2']],
    ['tags[containsAny]:[B]', ['r1', 'r4']],
    ['tags[containsAny]:[A,Z]', ['r1']],
    ['tags[containsAny]:[]', []],
    // arrays: is:NULL also matches the empty array
    ['tags[is]:NULL', ['r2', 'r3']],
    ['tags[is]:NOT_NULL', ['r1', 'r2', 'r4']],
    ['aliases[is]:NULL', ['r2', 'r3', 'r4']],
    // RAW_JSON: LIKE against Postgres's jsonb text (sorted keys, ", " and ": ")
    ['data[like]:{"a": "x"%', ['r1']],
    ['data[like]:%{"z": null}]', ['r4']],
    ['data[is]:NULL', ['r2', 'r3']],
    [`companyId[eq]:${UUID1.toUpperCase()}`, ['r1']],
    [`companyId[neq]:${UUID1}`, ['r3']],
    [`companyId[gt]:${UUID1}`, ['r3']],
    ['or(city[eq]:Paris,position[gt]:5)', ['r1', 'r4']],
    ['and(city[ilike]:paris,position[lt]:5)', ['r1']],
    ['or(city[neq]:Paris,position[gt]:100)', ['r2', 'r4']],
    ['not(or(city[eq]:Paris,position[gt]:100))', ['r2', 'r4']],
    ['not(and(city[eq]:Paris,position[gt]:100))', ['r1', 'r2', 'r4']],
    ['not(and(city[eq]:Paris,position[lt]:100))', ['r2', 'r4']],
    ['or(not(position[gt]:1),position[is]:NULL)', ['r1', 'r3']],
  ];
  for (const [query, expected] of cases) {
    test(`${query} → ${expected.join(', ') || 'none'}`, () => assert.deepStrictEqual(matching(query), expected));
  }
});

describe('three-valued logic', () => {
  const r3 = RECORDS[2]!;
  const truth = (query: string) => truthOf(parseFilter(query), r3, resolve);
  test('a comparison with NULL is unknown, and so is its negation', () => {
    assert.equal(truth('city[neq]:Paris'), null);
    assert.equal(truth('not(city[neq]:Paris)'), null);
  });
  test('or(unknown, true) is true; and(unknown, false) is false; or(unknown, false) is unknown', () => {
    assert.equal(truth('or(city[neq]:Paris,city[is]:NULL)'), true);
    assert.equal(truth('and(city[neq]:Paris,city[is]:NOT_NULL)'), false);
    assert.equal(truth('or(city[neq]:Paris,city[is]:NOT_NULL)'), null);
  });
  test('a null-equivalent neq is false, not unknown, on NULL', () => assert.equal(truth('city[neq]:""'), false));
});

describe('invalid values are refused with Twenty texts', () => {
  const cases: [string, string][] = [
    ['position[eq]:abc', 'Invalid number value NaN for field "position"'],
    ['active[eq]:TRUE', `Invalid boolean value 'TRUE' for field "active"`],
    ['city[is]:null', 'Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"'],
    ['companyId[eq]:nope', `Invalid UUID value 'nope' for field "companyId"`],
    ['birthday[eq]:2024-02-30', `Invalid value '2024-02-30' for date field "birthday". Expected format: 'YYYY-MM-DD'`],
    ['createdAt[gt]:yesterday', `Invalid value 'yesterday' for date-time field "createdAt". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`],
  ];
  for (const [query, message] of cases) {
    test(query, () =>
      assert.throws(() => matching(query), (error: unknown) => {
        assert.ok(error instanceof RestInputError);
        assert.equal(error.message, message);
        return true;
      }),
    );
  }
  test('an unresolvable path is an oracle error, not a silent false', () =>
    assert.throws(() => matching('nope[eq]:1'), /no field resolves for path nope/));
});

describe('readPath', () => {
  test('nested composites, missing steps and null relations read as NULL', () => {
    assert.equal(readPath({ name: { firstName: 'A' } }, ['name', 'firstName']), 'A');
    assert.equal(readPath({ company: null }, ['company', 'name']), null);
    assert.equal(readPath({}, ['city']), null);
    assert.equal(readPath({ city: 'x' }, ['toString']), null);
  });
});
