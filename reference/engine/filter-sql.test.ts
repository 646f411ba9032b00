// Every comparator on every kind against the seeded PGlite, each with the NULL and
// "" rows the seed holds, the §3.3 error texts, and each filter fault's effect.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../database/database.ts';
import { RestApiError } from '../errors.ts';
import type { FaultName } from '../faults/catalogue.ts';
import { seedId } from '../seed/dataset.ts';
import type { FilterNode } from '../../generators/filter/ast.ts';
import { and, engineFor, leaf, not, openSeeded, or, serials } from '../../testing/reference/engine/engine-fixture.ts';

let db: Database;
before(async () => {
  db = await openSeeded();
});
after(async () => {
  await db.close();
});

const companies = (filter: FilterNode, fault: FaultName | null = null) => serials(engineFor(db, fault), 'company', filter);
const people = (filter: FilterNode) => serials(engineFor(db), 'person', filter);
const opportunities = (filter: FilterNode) => serials(engineFor(db), 'opportunity', filter);
const allBut = (excluded: number[], total = 19) => Array.from({ length: total }, (_, i) => i + 1).filter((n) => !excluded.includes(n));

async function rejects(run: () => Promise<unknown>, message: string) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof RestApiError, `expected RestApiError, got ${String(error)}`);
    assert.equal(error.statusCode, 400);
    assert.equal(error.errorName, 'BadRequestException');
    assert.equal(error.message, message);
    return true;
  });
}

describe('TEXT (company.name holds "" on #7 and NULL on #8)', () => {
  test('eq is exact and case-sensitive', async () => assert.deepEqual(await companies(leaf('name', 'eq', 'Acme')), [1]));
  test('eq "" also matches NULL (null-equivalence)', async () => assert.deepEqual(await companies(leaf('name', 'eq', '')), [7, 8]));
  test('eq NULL (the text) matches NULL rows', async () => assert.deepEqual(await companies(leaf('name', 'eq', 'NULL')), [8]));
  test('neq drops NULL rows but keeps ""', async () => assert.deepEqual(await companies(leaf('name', 'neq', 'Acme')), allBut([1, 8])));
  test('neq "" drops both "" and NULL', async () => assert.deepEqual(await companies(leaf('name', 'neq', '')), allBut([7, 8])));
  test('is NULL matches "" and NULL; is NOT_NULL matches ""', async () => {
    assert.deepEqual(await companies(leaf('name', 'is', 'NULL')), [7, 8]);
    assert.deepEqual(await companies(leaf('name', 'is', 'NOT_NULL')), allBut([8]));
  });
  test('in has no null-equivalence', async () => {
    assert.deepEqual(await companies(leaf('name', 'in', ['Acme', 'Hooli'])), [1, 13]);
    assert.deepEqual(await companies(leaf('name', 'in', [''])), [7]);
  });
  test('like uses the pattern as given, case-sensitive', async () => {
    assert.deepEqual(await companies(leaf('name', 'like', 'Acme')), [1]);
    assert.deepEqual(await companies(leaf('name', 'like', '%cme')), [1, 2]);
    assert.deepEqual(await companies(leaf('name', 'like', '100%')), [11]);
    assert.deepEqual(await companies(leaf('name', 'like', '%\\_%')), [12]);
    assert.deepEqual(await companies(leaf('name', 'like', '')), [7, 8]);
  });
  test('ilike ignores case', async () => assert.deepEqual(await companies(leaf('name', 'ilike', '%acme%')), [1, 2, 3]));
  test('startsWith and endsWith are literal and case-sensitive', async () => {
    assert.deepEqual(await companies(leaf('name', 'startsWith', 'A')), [1, 3, 18]);
    assert.deepEqual(await companies(leaf('name', 'startsWith', '100%')), [11]);
    assert.deepEqual(await companies(leaf('name', 'startsWith', '%')), []);
    assert.deepEqual(await companies(leaf('name', 'endsWith', 'ME')), [3]);
    assert.deepEqual(await companies(leaf('name', 'endsWith', 'Industries')), [9]);
  });
  test('containsAny is not a TEXT operator', () =>
    rejects(
      () => companies(leaf('name', 'containsAny', ['a'])),
      'Operator "containsAny" is not valid for field "name" of type TEXT - Allowed operators: eq, neq, gt, gte, lt, lte, in, is, like, ilike, startsWith, endsWith',
    ));
});

describe('NUMBER, NUMERIC, POSITION', () => {
  test('integer comparisons skip NULL rows (#4, #8)', async () => {
    assert.deepEqual(await companies(leaf('employees', 'eq', '100')), [1, 2]);
    assert.deepEqual(await companies(leaf('employees', 'neq', '100')), allBut([1, 2, 4, 8]));
    assert.deepEqual(await companies(leaf('employees', 'gt', '250')), [6, 10, 13, 15, 16, 17, 18, 19]);
    assert.deepEqual(await companies(leaf('employees', 'gte', '250')), [3, 6, 9, 10, 13, 15, 16, 17, 18, 19]);
    assert.deepEqual(await companies(leaf('employees', 'lt', '12')), [7, 14]);
    assert.deepEqual(await companies(leaf('employees', 'lte', '12')), [7, 11, 12, 14]);
    assert.deepEqual(await companies(leaf('employees', 'in', ['10', '50'])), [5, 7]);
    assert.deepEqual(await companies(leaf('employees', 'is', 'NULL')), [4, 8]);
  });
  test('values go through parseFloat: 12abc is 12, a fraction bounds an integer', async () => {
    assert.deepEqual(await companies(leaf('employees', 'eq', '12abc')), [11, 12]);
    assert.deepEqual(await companies(leaf('employees', 'gt', '9.5')), allBut([4, 8, 14]));
  });
  test('NaN is refused', () => rejects(() => companies(leaf('employees', 'eq', 'abc')), 'Invalid number value NaN for field "employees"'));
  test('float and position', async () => {
    assert.deepEqual(await companies(leaf('healthScore', 'eq', '0.5')), [1, 2]);
    assert.deepEqual(await companies(leaf('position', 'eq', '2')), [2, 3]);
    assert.deepEqual(await companies(leaf('position', 'lt', '2')), [1]);
  });
  test('NUMERIC sub-field of CURRENCY', async () => {
    assert.deepEqual(await companies(leaf('annualRecurringRevenue.amountMicros', 'eq', '0')), [10]);
    assert.deepEqual(await companies(leaf('annualRecurringRevenue.amountMicros', 'is', 'NULL')), [6, 12, 18]);
    assert.deepEqual(await companies(leaf('annualRecurringRevenue.amountMicros', 'gte', '4000000000')), [4, 9, 14, 19]);
  });
});

describe('BOOLEAN, DATE, DATE_TIME, UUID, join columns', () => {
  test('BOOLEAN takes exactly true/false and only eq/is', async () => {
    assert.deepEqual(await companies(leaf('idealCustomerProfile', 'eq', 'true')), [3, 6, 9, 12, 15, 18]);
    await rejects(() => companies(leaf('idealCustomerProfile', 'eq', 'TRUE')), `Invalid boolean value 'TRUE' for field "idealCustomerProfile"`);
    await rejects(
      () => companies(leaf('idealCustomerProfile', 'gt', 'true')),
      'Operator "gt" is not valid for field "idealCustomerProfile" of type BOOLEAN - Allowed operators: eq, is',
    );
  });
  test('DATE accepts Twenty formats and compares by day', async () => {
    assert.deepEqual(await companies(leaf('foundedOn', 'eq', '1990-04-01')), [1, 2]);
    assert.deepEqual(await companies(leaf('foundedOn', 'eq', '04/01/1990')), [1, 2]);
    assert.deepEqual(await companies(leaf('foundedOn', 'eq', 'April 1, 1990')), [1, 2]);
    assert.deepEqual(await companies(leaf('foundedOn', 'gt', '2015-01-01')), [11, 12, 15]);
    assert.deepEqual(await companies(leaf('foundedOn', 'is', 'NULL')), [4, 8]);
    await rejects(
      () => companies(leaf('foundedOn', 'eq', 'not-a-date')),
      `Invalid value 'not-a-date' for date field "foundedOn". Expected format: 'YYYY-MM-DD'`,
    );
  });
  test('DATE_TIME eq/neq/gt/lte work on the whole millisecond', async () => {
    const tie = '2023-06-01T12:00:00.123Z';
    assert.deepEqual(await companies(leaf('createdAt', 'eq', tie)), [4, 5]);
    assert.deepEqual(await companies(leaf('createdAt', 'eq', '2023-06-01T12:00:00.122Z')), []);
    // The value passes unchanged: a sub-millisecond value opens its own 1 ms window.
    assert.deepEqual(await companies(leaf('createdAt', 'eq', '2023-06-01T12:00:00.1234Z')), []);
    assert.deepEqual((await companies(leaf('createdAt', 'neq', tie))).includes(4), false);
    assert.deepEqual((await companies(leaf('createdAt', 'gt', tie))).includes(4), false);
    assert.deepEqual((await companies(leaf('createdAt', 'lte', tie))).includes(5), true);
    assert.deepEqual(await opportunities(leaf('closeDate', 'lte', '2024-03-31T23:59:59.999Z')).then((ids) => ids.includes(1)), true);
    assert.deepEqual(await opportunities(leaf('closeDate', 'is', 'NULL')), [3, 9]);
    await rejects(
      () => companies(leaf('createdAt', 'eq', 'yesterday')),
      `Invalid value 'yesterday' for date-time field "createdAt". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
    );
  });
  test('UUID and join columns validate the value', async () => {
    assert.deepEqual(await companies(leaf('id', 'eq', seedId(2, 1))), [1]);
    assert.deepEqual(await companies(leaf('id', 'in', [seedId(2, 1), seedId(2, 3)])), [1, 3]);
    assert.deepEqual(await companies(leaf('accountOwnerId', 'eq', seedId(1, 2))), [1, 6, 16]);
    assert.deepEqual(await companies(leaf('accountOwnerId', 'is', 'NULL')), [3, 7, 11, 15, 19]);
    await rejects(() => companies(leaf('id', 'eq', 'nope')), `Invalid UUID value 'nope' for field "id"`);
    await rejects(() => companies(leaf('accountOwnerId', 'eq', 'nope')), `Invalid UUID value 'nope' for field "accountOwnerId"`);
    await rejects(
      () => companies(leaf('accountOwnerId', 'like', '%')),
      'Operator "like" is not valid for field "accountOwnerId" of type RELATION - Allowed operators: eq, neq, gt, gte, lt, lte, in, is',
    );
  });
});

describe('SELECT, RATING, MULTI_SELECT, ARRAY, RAW_JSON', () => {
  test('SELECT eq/neq/in/containsAny and option checks', async () => {
    assert.deepEqual(await opportunities(leaf('stage', 'eq', 'MEETING')), [5, 6, 13]);
    assert.deepEqual(await opportunities(leaf('stage', 'neq', 'NEW')), allBut([3, 7, 10], 15));
    assert.deepEqual(await opportunities(leaf('stage', 'in', ['NEW', 'CUSTOMER'])), [1, 3, 7, 10, 11, 12]);
    assert.deepEqual(await opportunities(leaf('stage', 'containsAny', ['NEW'])), [3, 7, 10]);
    await rejects(
      () => opportunities(leaf('stage', 'eq', 'BOGUS')),
      'Invalid select value "BOGUS" for field "stage". Valid options: NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER',
    );
  });
  test('RATING', async () => {
    assert.deepEqual(await companies(leaf('tier', 'eq', 'RATING_5')), [4, 9, 13]);
    assert.deepEqual(await companies(leaf('tier', 'is', 'NULL')), [3, 8, 16]);
  });
  test('MULTI_SELECT containsAny is overlap; is NULL also matches the empty array', async () => {
    assert.deepEqual(await companies(leaf('industries', 'containsAny', ['HEALTH'])), [6, 15, 16, 19]);
    assert.deepEqual(await companies(leaf('industries', 'containsAny', ['SOFTWARE', 'FINANCE'])), [1, 2, 9, 10, 13, 14]);
    assert.deepEqual(await companies(leaf('industries', 'is', 'NULL')), [3, 5, 8, 12, 18]);
    assert.deepEqual(await companies(leaf('industries', 'is', 'NOT_NULL')), allBut([5, 8, 18]));
    await rejects(
      () => companies(leaf('industries', 'eq', 'HEALTH')),
      'Operator "eq" is not valid for field "industries" of type MULTI_SELECT - Allowed operators: containsAny, is',
    );
  });
  test('ARRAY only takes is', async () => {
    assert.deepEqual(await companies(leaf('tags', 'is', 'NULL')), [1, 4, 5, 8, 9, 12, 13, 16, 17]);
    assert.deepEqual(await companies(leaf('tags', 'is', 'NOT_NULL')), allBut([4, 8, 12, 16]));
  });
  test('RAW_JSON like reads the JSON text', async () => {
    assert.deepEqual(await companies(leaf('extraData', 'like', '%import%')), [3, 6, 9, 12, 15, 18]);
  });
});

describe('composites, relations, unknown fields', () => {
  test('sub-fields behave as their own kind', async () => {
    // "" first names (#11, #40, #51, #62, #73) and the missing ones (#12 has no name; #39, #52, #65, #78 no first name).
    assert.deepEqual(await people(leaf('name.firstName', 'eq', '')), [11, 12, 39, 40, 51, 52, 62, 65, 73, 78]);
    assert.deepEqual(await people(leaf('name.firstName', 'ilike', 'christ%')), [1, 3, 9]);
    // No emails at all (#5, #12, #23, #33, #44, #55, #66, #77) or a "" primary email (#7, #38, #49, #60, #71).
    assert.deepEqual(await people(leaf('emails.primaryEmail', 'is', 'NULL')), [5, 7, 12, 23, 33, 38, 44, 49, 55, 60, 66, 71, 77]);
    assert.deepEqual(await companies(leaf('address.addressCity', 'eq', 'Paris')), [1]);
    assert.deepEqual(await companies(leaf('address.addressCity', 'is', 'NULL')), [6, 7]);
    assert.equal((await companies(leaf('createdBy.source', 'eq', 'MANUAL'))).length, 19);
  });
  test('a composite needs a known sub-field', async () => {
    await rejects(() => people(leaf('name', 'eq', 'x')), 'Sub field "eq" not found for composite type: FULL_NAME');
    await rejects(() => people(leaf('name.nickname', 'eq', 'x')), 'Sub field "nickname" not found for composite type: FULL_NAME');
    await rejects(
      () => people(leaf('name.firstName', 'containsAny', ['x'])),
      'Operator "containsAny" is not valid for field "firstName" of type TEXT - Allowed operators: eq, neq, gt, gte, lt, lte, in, is, like, ilike, startsWith, endsWith',
    );
  });
  test('relations: join column yes, name no, one hop by name', async () => {
    assert.deepEqual(await people(leaf('companyId', 'eq', seedId(2, 1))), [1, 20, 38, 57, 76]);
    assert.deepEqual(await people(leaf('company.name', 'eq', 'Acme')), [1, 20, 38, 57, 76]);
    // A LEFT JOIN: no company (#12, #24, #25 and every sixth generated person from #36), a NULL name
    // (#22, #23, #39, #58, #77 at company 8), a "" name (#28, #47 at company 7).
    assert.deepEqual(await people(leaf('company.name', 'is', 'NULL')), [12, 22, 23, 24, 25, 28, 36, 39, 42, 47, 48, 54, 58, 60, 66, 72, 77, 78]);
    await rejects(() => people(leaf('company', 'eq', seedId(2, 1))), 'Cannot filter by relation field "company": use "companyId" instead');
    await rejects(() => companies(leaf('people.city', 'eq', 'Paris')), 'Cannot filter by relation field "people"');
    await rejects(() => companies(leaf('nope', 'eq', 'x')), `Object company doesn't have any "nope" field.`);
  });
  test('is takes only NULL / NOT_NULL', () =>
    rejects(() => companies(leaf('name', 'is', 'null')), 'Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"'));
  test('soft-deleted rows appear only when the filter mentions deletedAt', async () => {
    assert.equal((await companies(leaf('name', 'eq', 'Vandelay Industries'))).length, 0);
    assert.deepEqual(await companies(leaf('deletedAt', 'is', 'NOT_NULL')), [20]);
    assert.deepEqual(await companies(or(leaf('name', 'eq', 'Vandelay Industries'), not(leaf('deletedAt', 'is', 'NULL')))), [20]);
  });
});

describe('not / and / or under three-valued logic', () => {
  test('not excludes rows where the child is NULL', async () => {
    assert.deepEqual(await companies(not(leaf('employees', 'eq', '100'))), allBut([1, 2, 4, 8]));
    assert.deepEqual(await companies(not(leaf('name', 'is', 'NULL'))), allBut([7, 8]));
  });
  test('or / and combine', async () => {
    assert.deepEqual(await companies(or(leaf('employees', 'eq', '100'), leaf('name', 'eq', 'Hooli'))), [1, 2, 13]);
    assert.deepEqual(await companies(and(leaf('employees', 'eq', '100'), leaf('name', 'ilike', 'ACME'))), [1, 2]);
    assert.deepEqual(await companies(not(or(leaf('employees', 'gt', '100'), leaf('employees', 'lt', '100')))), [1, 2]);
  });
});

describe('filter faults change the answer', () => {
  test('ilike-case-sensitive', async () => assert.deepEqual(await companies(leaf('name', 'ilike', '%acme%'), 'ilike-case-sensitive'), [2]));
  test('neq-keeps-nulls', async () => assert.deepEqual(await companies(leaf('name', 'neq', 'Acme'), 'neq-keeps-nulls'), allBut([1])));
  test('not-ignored', async () => assert.deepEqual(await companies(not(leaf('employees', 'eq', '100')), 'not-ignored'), [1, 2]));
  test('gt-inclusive', async () => {
    assert.deepEqual(await companies(leaf('employees', 'gt', '250'), 'gt-inclusive'), [3, 6, 9, 10, 13, 15, 16, 17, 18, 19]);
    assert.deepEqual(await companies(leaf('createdAt', 'gt', '2023-06-01T12:00:00.123Z'), 'gt-inclusive').then((ids) => ids.includes(4)), true);
  });
  test('is-null-ignores-empty-text', async () => assert.deepEqual(await companies(leaf('name', 'is', 'NULL'), 'is-null-ignores-empty-text'), [8]));
  test('or-evaluated-as-and', async () =>
    assert.deepEqual(await companies(or(leaf('employees', 'eq', '100'), leaf('name', 'eq', 'Hooli')), 'or-evaluated-as-and'), []));
});
