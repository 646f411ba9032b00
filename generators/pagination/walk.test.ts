import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldResolver, ResolvedField } from '../filter/field-resolver.ts';
import { parseOrderBy } from '../order/grammar.ts';
import type { OrderByItem } from '../order/grammar.ts';
import { compareRecords, sortRecords } from '../order/oracle.ts';
import { cursorValuesOf, decodeCursor, encodeCursor } from './cursor.ts';
import { judgeBackwardWalk, judgeForwardWalk, pageInvariants, walkBackward, walkForward, walkRecords } from './walk.ts';
import type { FetchPage, Page, PageParams, Walk } from './walk.ts';

type Row = Record<string, unknown> & { id: string };

const FIELDS: Record<string, ResolvedField> = { id: { kind: 'UUID' }, position: { kind: 'NUMBER' }, city: { kind: 'TEXT' } };
const resolve: FieldResolver = (path) => FIELDS[path.join('.')];

const ROWS: Row[] = Array.from({ length: 11 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  position: i % 4 === 0 ? null : (i * 7) % 5,
  city: i % 3 === 0 ? null : `c${i % 2}`,
}));

type Fault = 'cursor-off-by-one' | 'has-next-page-on-last-page' | 'backward-page-misordered' | 'unstable-total' | 'cursor-of-wrong-record';

/** An in-memory list endpoint with Twenty's era-D keyset semantics, built on the oracles. */
function fakeServer(orderBy: OrderByItem[], fault?: Fault): FetchPage<Row> {
  const sorted = sortRecords(ROWS, orderBy, resolve);
  const cursor = (row: Row) => encodeCursor(cursorValuesOf(row, orderBy));
  let calls = 0;
  return async (params: PageParams): Promise<Page<Row>> => {
    calls++;
    const backward = params.ending_before !== undefined;
    const raw = backward ? params.ending_before : params.starting_after;
    const at = raw ? (decodeCursor(raw) as Record<string, unknown>) : undefined;
    const strictlyAfter = (row: Row) => !at || compareRecords(row, at, orderBy, resolve) > (fault === 'cursor-off-by-one' ? -1 : 0);
    const strictlyBefore = (row: Row) => !at || compareRecords(row, at, orderBy, resolve) < 0;
    const candidates = sorted.filter(backward ? strictlyBefore : strictlyAfter);
    let records = backward ? candidates.slice(Math.max(0, candidates.length - params.limit)) : candidates.slice(0, params.limit);
    const more = candidates.length > params.limit;
    if (backward && fault === 'backward-page-misordered') records = [...records].reverse();
    const first = records[0];
    const last = records[records.length - 1];
    return {
      records,
      totalCount: fault === 'unstable-total' ? ROWS.length + (calls > 1 ? 1 : 0) : ROWS.length,
      pageInfo: {
        startCursor: first ? cursor(first) : null,
        endCursor: last ? cursor(fault === 'cursor-of-wrong-record' ? first! : last) : null,
        hasNextPage: backward ? Boolean(raw) : more || (fault === 'has-next-page-on-last-page' && records.length > 0),
        hasPreviousPage: backward ? more : Boolean(raw),
      },
    };
  };
}

const expectedIds = (orderBy: OrderByItem[]) => sortRecords(ROWS, orderBy, resolve).map((row) => row.id);

describe('walks against a sound fake server', () => {
  for (const query of ['id', 'position[DescNullsLast]', 'city[AscNullsFirst],position[DescNullsFirst]']) {
    const orderBy = parseOrderBy(query);
    for (const limit of [1, 3, 11, 60]) {
      test(`forward ${query} limit=${limit}: complete, in order, no violations`, async () => {
        const walk = await walkForward({ limit, maxPages: 50, fetchPage: fakeServer(orderBy) });
        assert.equal(walk.truncated, false);
        assert.equal(walk.pages.length, Math.max(1, Math.ceil(ROWS.length / limit)));
        assert.deepStrictEqual(walkRecords(walk).map((row) => row.id), expectedIds(orderBy));
        assert.deepStrictEqual(pageInvariants(walk, expectedIds(orderBy), { limit, orderBy }), []);
      });
      test(`backward ${query} limit=${limit} from '' (the last page): complete, in order`, async () => {
        const walk = await walkBackward({ limit, maxPages: 50, before: '', fetchPage: fakeServer(orderBy) });
        assert.deepStrictEqual(walkRecords(walk).map((row) => row.id), expectedIds(orderBy));
        assert.deepStrictEqual(pageInvariants(walk, expectedIds(orderBy), { orderBy }), []);
      });
    }
  }
  test('backward from the last endCursor collects everything before the last record', async () => {
    const orderBy = parseOrderBy('position[AscNullsLast]');
    const fetchPage = fakeServer(orderBy);
    const forward = await walkForward({ limit: 4, maxPages: 50, fetchPage });
    const before = forward.pages[forward.pages.length - 1]!.pageInfo.endCursor!;
    const walk = await walkBackward({ limit: 4, maxPages: 50, before, fetchPage });
    const ids = expectedIds(orderBy).slice(0, -1);
    assert.deepStrictEqual(walkRecords(walk).map((row) => row.id), ids);
    assert.deepStrictEqual(pageInvariants(walk, ids, { expectedTotal: ROWS.length, orderBy }), []);
  });
  test('a server that always claims more is cut off at maxPages', async () => {
    const endless: FetchPage = async () => ({
      records: [{ id: 'x' }],
      totalCount: 1,
      pageInfo: { startCursor: encodeCursor({ id: 'x' }), endCursor: encodeCursor({ id: 'x' }), hasNextPage: true, hasPreviousPage: false },
    });
    const walk = await walkForward({ limit: 1, maxPages: 5, fetchPage: endless });
    assert.equal(walk.truncated, true);
    assert.equal(walk.pages.length, 5);
    const violations = pageInvariants(walk, ['x']);
    assert.ok(violations.some((v) => v.includes('stopped after 5 pages')));
    assert.ok(violations.some((v) => v.includes('appears twice')));
  });
});

describe('walks catch a broken server', () => {
  const orderBy = parseOrderBy('position[DescNullsLast]');
  const violationsOf = async (fault: Fault, direction: 'forward' | 'backward' = 'forward') => {
    const fetchPage = fakeServer(orderBy, fault);
    const walk =
      direction === 'forward'
        ? await walkForward({ limit: 3, maxPages: 50, fetchPage })
        : await walkBackward({ limit: 3, maxPages: 50, before: '', fetchPage });
    return pageInvariants(walk, expectedIds(orderBy), { limit: direction === 'forward' ? 3 : undefined, orderBy });
  };
  test('cursor off by one → duplicates', async () => {
    assert.ok((await violationsOf('cursor-off-by-one')).some((v) => v.includes('appears twice')));
  });
  test('hasNextPage on the last page → an empty follow-up page is flagged', async () => {
    assert.ok((await violationsOf('has-next-page-on-last-page')).some((v) => v.includes('hasNextPage is true but the next page is empty')));
  });
  test('backward pages in scan order → order violation', async () => {
    assert.ok((await violationsOf('backward-page-misordered', 'backward')).some((v) => v.startsWith('order:')));
  });
  test('unstable totalCount', async () => {
    assert.ok((await violationsOf('unstable-total')).some((v) => v.includes('totalCount 12, expected 11')));
  });
  test('an endCursor that is not the last record', async () => {
    assert.ok((await violationsOf('cursor-of-wrong-record')).some((v) => v.includes('endCursor holds id')));
  });
  test('missing and unexpected records, and wrong page flags', () => {
    const page = (ids: string[], hasPreviousPage: boolean): Page => ({
      records: ids.map((id) => ({ id })),
      totalCount: 3,
      pageInfo: {
        startCursor: ids[0] ? encodeCursor({ id: ids[0] }) : null,
        endCursor: ids.at(-1) ? encodeCursor({ id: ids.at(-1) }) : null,
        hasNextPage: false,
        hasPreviousPage,
      },
    });
    const violations = pageInvariants({ direction: 'forward', pages: [page(['a', 'z'], true)], truncated: false }, ['a', 'b', 'c']);
    assert.deepStrictEqual(violations.sort(), [
      'page 1 (fetch order): hasPreviousPage is true, expected false',
      'record b is missing from the walk',
      'record c is missing from the walk',
      'record z was not expected',
    ]);
  });
});

// ---------------------------------------------------------------- the checks' judges

const idCursor = (id: string) => encodeCursor({ id });

function judgedPage(ids: string[], totalCount: number, flags: { hasNextPage: boolean; hasPreviousPage: boolean }): Page {
  return {
    records: ids.map((id) => ({ id })),
    totalCount,
    pageInfo: { startCursor: ids.length ? idCursor(ids[0]!) : null, endCursor: ids.length ? idCursor(ids[ids.length - 1]!) : null, ...flags },
  };
}

const TRUTH = ['a', 'b', 'c', 'd', 'e'];

describe('judgeForwardWalk (PAG-001)', () => {
  test('valid: every record once, in order, full pages, era-D flags', () => {
    const walk: Walk = {
      direction: 'forward',
      truncated: false,
      pages: [
        judgedPage(['a', 'b'], 5, { hasNextPage: true, hasPreviousPage: false }),
        judgedPage(['c', 'd'], 5, { hasNextPage: true, hasPreviousPage: true }),
        judgedPage(['e'], 5, { hasNextPage: false, hasPreviousPage: true }),
      ],
    };
    assert.deepEqual(judgeForwardWalk(walk, TRUTH, 2), []);
  });
  test('invalid: starting_after repeats the cursor record', () => {
    const walk: Walk = {
      direction: 'forward',
      truncated: false,
      pages: [
        judgedPage(['a', 'b'], 5, { hasNextPage: true, hasPreviousPage: false }),
        judgedPage(['b', 'c'], 5, { hasNextPage: true, hasPreviousPage: true }),
        judgedPage(['c', 'd'], 5, { hasNextPage: true, hasPreviousPage: true }),
        judgedPage(['d', 'e'], 5, { hasNextPage: false, hasPreviousPage: true }),
      ],
    };
    const problems = judgeForwardWalk(walk, TRUTH, 2);
    assert.ok(problems.includes('record b appears twice (pages 1 and 2)'), problems.join('\n'));
  });
});

describe('judgeBackwardWalk (PAG-002)', () => {
  // Walked back from the endCursor of the single-page answer: the records before e.
  const backward = (first: string[], second: string[]): Walk => ({
    direction: 'backward',
    truncated: false,
    before: idCursor('e'),
    pages: [judgedPage(first, 5, { hasNextPage: true, hasPreviousPage: true }), judgedPage(second, 5, { hasNextPage: true, hasPreviousPage: false })],
  });
  test('valid: the records before the last one, pages in the requested order', () => {
    assert.deepEqual(judgeBackwardWalk(backward(['c', 'd'], ['a', 'b']), TRUTH, 2), []);
  });
  test('invalid: a page in scan (reversed) order', () => {
    const problems = judgeBackwardWalk(backward(['d', 'c'], ['a', 'b']), TRUTH, 2);
    assert.ok(problems.some((problem) => problem.startsWith('order: position 3 holds d, expected c')), problems.join('\n'));
  });
});

