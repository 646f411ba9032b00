// Ordering (directions, NULLs, ties, option order), keyset pagination walked
// forward and backward against a full ordered read, totalCount, pageInfo, cursor
// errors, and each ordering/pagination fault's effect.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../database/database.ts';
import { RestApiError } from '../errors.ts';
import type { FaultName } from '../faults/catalogue.ts';
import type { FilterNode } from '../../generators/filter/ast.ts';
import { encodeCursor } from './cursor-codec.ts';
import { engineFor, leaf, objectNamed, openSeeded, order, serialOf } from '../../testing/reference/engine/engine-fixture.ts';
import type { FindManyArgs, FindManyResult } from './types.ts';

let db: Database;
before(async () => {
  db = await openSeeded();
});
after(async () => {
  await db.close();
});

type Query = { object: string; orderBy?: string; filter?: FilterNode; limit?: number; startingAfter?: string; endingBefore?: string };

function find(query: Query, fault: FaultName | null = null): Promise<FindManyResult> {
  const args: FindManyArgs = {
    object: objectNamed(query.object),
    orderBy: order(query.orderBy ?? ''),
    limit: query.limit ?? 200,
    depth: 0,
    ...(query.filter ? { filter: query.filter } : {}),
    ...(query.startingAfter !== undefined ? { startingAfter: query.startingAfter } : {}),
    ...(query.endingBefore !== undefined ? { endingBefore: query.endingBefore } : {}),
  };
  return engineFor(db, fault).findMany(args);
}

const ids = (result: FindManyResult) => result.records.map((record) => serialOf(record.id));
const ordered = async (object: string, orderBy: string, fault: FaultName | null = null) => ids(await find({ object, orderBy }, fault));

async function walkForward(query: Query, size: number, fault: FaultName | null = null): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await find({ ...query, limit: size, ...(cursor ? { startingAfter: cursor } : {}) }, fault);
    seen.push(...ids(page));
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return seen;
    cursor = page.pageInfo.endCursor;
  }
  throw new Error('forward walk did not end');
}

async function walkBackward(query: Query, size: number, fault: FaultName | null = null): Promise<number[]> {
  let seen: number[] = [];
  let cursor = ''; // ending_before='' is the last page (contract §12.4)
  for (let guard = 0; guard < 100; guard++) {
    const page = await find({ ...query, limit: size, endingBefore: cursor }, fault);
    seen = [...ids(page), ...seen];
    if (!page.pageInfo.hasPreviousPage || page.pageInfo.startCursor === null) return seen;
    cursor = page.pageInfo.startCursor;
  }
  throw new Error('backward walk did not end');
}

async function rejects(run: () => Promise<unknown>, message: string) {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof RestApiError);
    assert.equal(error.statusCode, 400);
    assert.equal(error.message, message);
    return true;
  });
}

describe('ordering', () => {
  test('four directions place NULLs as named; ties fall back to id ascending', async () => {
    const ascFirst = await ordered('company', 'employees:AscNullsFirst');
    assert.deepEqual(ascFirst.slice(0, 4), [4, 8, 14, 7]);
    assert.deepEqual(ascFirst.slice(-2), [6, 13]);
    const ascLast = await ordered('company', 'employees:AscNullsLast');
    assert.deepEqual(ascLast.slice(-2), [4, 8]);
    const descFirst = await ordered('company', 'employees:DescNullsFirst');
    assert.deepEqual(descFirst.slice(0, 4), [4, 8, 13, 6]);
    const descLast = await ordered('company', 'employees:DescNullsLast');
    assert.deepEqual(descLast.slice(0, 2), [13, 6]);
    assert.deepEqual(descLast.slice(-2), [4, 8]);
    // employees=100 on #1 and #2: id ascending breaks the tie in both directions.
    for (const list of [ascFirst, descLast]) assert.equal(list.indexOf(2) - list.indexOf(1), 1);
  });
  test('no order_by means id ascending', async () => {
    assert.deepEqual(await ordered('company', ''), Array.from({ length: 19 }, (_, i) => i + 1));
  });
  test('SELECT sorts by declared option order', async () => {
    assert.deepEqual(await ordered('opportunity', 'stage:AscNullsFirst'), [3, 7, 10, 4, 9, 14, 5, 6, 13, 2, 8, 15, 1, 11, 12]);
  });
  test('composite sub-field and one-hop relation ordering', async () => {
    const byFirstName = await ordered('person', 'name.firstName:AscNullsFirst');
    assert.deepEqual(byFirstName.slice(0, 1), [12]); // the NULL name comes first
    const byCompanyName = await ordered('person', 'company.name:DescNullsLast');
    // No company (#12, #24, #25, every sixth generated person from #36) or a NULL company name
    // (#22, #23, #39, #58, #77) sort last, by id.
    assert.deepEqual(byCompanyName.slice(-16), [12, 22, 23, 24, 25, 36, 39, 42, 48, 54, 58, 60, 66, 72, 77, 78]);
  });
  test('validation texts', async () => {
    await rejects(
      () => find({ object: 'person', orderBy: 'name:AscNullsLast' }),
      `Composite field "name" requires subfield ordering (e.g., { name: { subFieldName: 'AscNullsFirst' } })`,
    );
    await rejects(
      () => find({ object: 'person', orderBy: 'company:AscNullsLast' }),
      `Relation field "company" requires nested field ordering (e.g., { company: { fieldName: 'AscNullsFirst' } })`,
    );
    await rejects(() => find({ object: 'person', orderBy: 'nope' }), 'Field "nope" does not exist or is not sortable');
    await rejects(() => find({ object: 'person', orderBy: ' city' }), 'Field " city" does not exist or is not sortable');
    await rejects(() => find({ object: 'person', orderBy: 'name.nickname' }), 'Field "name.nickname" does not exist or is not sortable');
  });
});

describe('keyset pagination walks the whole set in both directions', () => {
  const cases: Query[] = [
    { object: 'company', orderBy: 'employees:AscNullsFirst' },
    { object: 'company', orderBy: 'employees:DescNullsLast' },
    { object: 'company', orderBy: 'name:AscNullsLast' },
    { object: 'company', orderBy: 'tier:DescNullsFirst,healthScore:AscNullsLast' },
    { object: 'company', orderBy: 'address.addressCity:AscNullsFirst', filter: leaf('employees', 'gt', '10') },
    { object: 'person', orderBy: 'name.firstName:DescNullsFirst,city:AscNullsLast' },
    { object: 'person', orderBy: 'company.name:AscNullsLast,position:DescNullsFirst' },
    { object: 'opportunity', orderBy: 'closeDate:DescNullsFirst' },
    { object: 'opportunity', orderBy: 'stage:DescNullsLast,amount.amountMicros:AscNullsFirst' },
  ];
  for (const query of cases) {
    test(`${query.object} ${query.orderBy}${query.filter ? ' (filtered)' : ''}`, async () => {
      const full = ids(await find(query));
      assert.ok(full.length > 5);
      assert.deepEqual(await walkForward(query, 4), full);
      assert.deepEqual(await walkBackward(query, 4), full);
    });
  }
  test('page size 1 over nullable ties', async () => {
    const query = { object: 'company', orderBy: 'tier:AscNullsFirst' };
    const full = ids(await find(query));
    assert.deepEqual(await walkForward(query, 1), full);
    assert.deepEqual(await walkBackward(query, 1), full);
  });
});

describe('pageInfo, totalCount and cursors (era D)', () => {
  test('forward page', async () => {
    const first = await find({ object: 'company', limit: 3, filter: leaf('employees', 'gte', '100') });
    assert.equal(first.totalCount, 12);
    assert.deepEqual(first.pageInfo.hasNextPage, true);
    assert.deepEqual(first.pageInfo.hasPreviousPage, false);
    const second = await find({ object: 'company', limit: 3, startingAfter: first.pageInfo.endCursor!, filter: leaf('employees', 'gte', '100') });
    assert.equal(second.totalCount, 12, 'totalCount ignores the cursor');
    assert.equal(second.pageInfo.hasPreviousPage, true);
  });
  test('contract §5.3 examples', async () => {
    const two = await find({ object: 'company', limit: 2 });
    assert.deepEqual(ids(await find({ object: 'company', limit: 1, startingAfter: two.pageInfo.startCursor! })), [2]);
    const four = await find({ object: 'company', limit: 4 });
    const back = await find({ object: 'company', limit: 2, endingBefore: four.pageInfo.endCursor! });
    assert.deepEqual(ids(back), [2, 3]);
    assert.deepEqual(back.pageInfo.hasNextPage, true);
    assert.deepEqual(back.pageInfo.hasPreviousPage, true);
  });
  test('cursor holds order values, nested for composites, then id', async () => {
    const page = await find({ object: 'person', orderBy: 'name.firstName:AscNullsLast', limit: 1 });
    const decoded = JSON.parse(Buffer.from(page.pageInfo.startCursor!, 'base64').toString());
    assert.deepEqual(Object.keys(decoded), ['name', 'id']);
    assert.deepEqual(decoded.name, { firstName: page.records[0]!.name && (page.records[0]!.name as { firstName: unknown }).firstName });
  });
  test('last page, empty page, limit 0', async () => {
    const last = await find({ object: 'company', limit: 5, endingBefore: '' });
    assert.deepEqual(ids(last), [15, 16, 17, 18, 19]);
    assert.equal(last.pageInfo.hasNextPage, false);
    assert.equal(last.pageInfo.hasPreviousPage, true);
    const zero = await find({ object: 'company', limit: 0 });
    assert.deepEqual(zero.records, []);
    assert.deepEqual(zero.pageInfo, { startCursor: null, endCursor: null, hasNextPage: true, hasPreviousPage: false });
    const none = await find({ object: 'company', limit: 0, filter: leaf('name', 'eq', 'no such') });
    assert.equal(none.pageInfo.hasNextPage, false);
    assert.equal(none.totalCount, 0);
  });
  test('starting_after=X&ending_before= scans backward from the end, after X', async () => {
    const two = await find({ object: 'company', limit: 2 });
    const page = await find({ object: 'company', limit: 3, startingAfter: two.pageInfo.endCursor!, endingBefore: '' });
    assert.deepEqual(ids(page), [17, 18, 19]);
  });
  test('cursor errors and ignored cursors', async () => {
    const one = await find({ object: 'company', limit: 1 });
    await rejects(() => find({ object: 'company', startingAfter: one.pageInfo.endCursor!, endingBefore: one.pageInfo.endCursor! }), 'Cannot provide both before and after');
    await rejects(() => find({ object: 'company', startingAfter: 'invalid-cursor' }), 'Invalid cursor: invalid-cursor');
    await rejects(
      () => find({ object: 'company', orderBy: 'position:AscNullsFirst', startingAfter: one.pageInfo.endCursor! }),
      'Cursor is missing the value for orderBy field "position": it was encoded for a different orderBy. Restart pagination without a cursor.',
    );
    await rejects(
      () => find({ object: 'company', startingAfter: encodeCursor({}) }),
      'Cursor is missing the value for orderBy field "id": it was encoded for a different orderBy. Restart pagination without a cursor.',
    );
    for (const falsy of ['null', '0', 'false', '""']) {
      const page = await find({ object: 'company', limit: 1, startingAfter: Buffer.from(falsy).toString('base64') });
      assert.deepEqual(ids(page), [1], `cursor ${falsy} is ignored`);
    }
    assert.deepEqual(ids(await find({ object: 'company', limit: 1, startingAfter: '' })), [1]);
    // Dotted keys of older cursors are still read; a null value counts as present.
    const dotted = encodeCursor({ 'name.firstName': null, id: '20202020-0003-4000-8000-00000000000c' });
    assert.ok((await find({ object: 'person', orderBy: 'name.firstName:AscNullsFirst', startingAfter: dotted })).records.length > 0);
  });
});

describe('ordering and pagination faults change the answer', () => {
  test('desc-nulls-first-placed-last', async () => {
    assert.deepEqual((await ordered('company', 'employees:DescNullsFirst', 'desc-nulls-first-placed-last')).slice(-2), [4, 8]);
  });
  test('select-sorted-alphabetically', async () => {
    assert.deepEqual((await ordered('opportunity', 'stage:AscNullsFirst', 'select-sorted-alphabetically')).slice(0, 3), [1, 11, 12]);
  });
  test('cursor-off-by-one repeats the cursor record', async () => {
    const query = { object: 'company', orderBy: 'employees:AscNullsFirst' };
    const first = await find({ ...query, limit: 2 }, 'cursor-off-by-one');
    const next = await find({ ...query, limit: 2, startingAfter: first.pageInfo.endCursor! }, 'cursor-off-by-one');
    assert.equal(ids(next)[0], ids(first)[1]);
  });
  test('backward-page-misordered', async () => {
    assert.deepEqual(ids(await find({ object: 'company', limit: 3, endingBefore: '' }, 'backward-page-misordered')), [19, 18, 17]);
  });
  test('backward-nulls-misplaced', async () => {
    const query = { object: 'company', orderBy: 'employees:AscNullsFirst' };
    const full = ids(await find(query));
    assert.notDeepEqual(await walkBackward(query, 4, 'backward-nulls-misplaced'), full);
  });
  test('total-count-ignores-filter', async () => {
    assert.equal((await find({ object: 'company', filter: leaf('name', 'eq', 'Acme') }, 'total-count-ignores-filter')).totalCount, 19);
  });
  test('has-next-page-on-last-page', async () => {
    assert.equal((await find({ object: 'company' }, 'has-next-page-on-last-page')).pageInfo.hasNextPage, true);
    assert.equal((await find({ object: 'company' })).pageInfo.hasNextPage, false);
  });
});
