import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Walk } from '../pagination/walk.ts';
import { judgeBackwardWalk, judgeCursorErrors, judgeFirstPage, judgeForwardWalk, judgeItemById, judgeLimits, listEnvelopeFinding } from './list-judges.ts';

const answer = (status: number, json: unknown) => ({ status, json, responseBody: JSON.stringify(json) });
const ids = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c', '00000000-0000-4000-8000-00000000000d'];
const page = (slice: string[], hasNextPage: boolean, hasPreviousPage: boolean, totalCount = ids.length): Page => ({
  records: slice.map((id) => ({ id })),
  totalCount,
  pageInfo: { startCursor: slice[0] ?? null, endCursor: slice[slice.length - 1] ?? null, hasNextPage, hasPreviousPage },
});
const flat = (p: Page) => ({ data: p.records, pageInfo: p.pageInfo, totalCount: p.totalCount });
const truth = page(ids, false, false);
const refusal = (message: string) => answer(400, { statusCode: 400, error: 'BadRequestException', messages: [message] });

test('META-004 valid: the flat envelope with raw-id cursors', () => {
  assert.equal(judgeFirstPage(answer(200, flat(truth))), null);
});

test('META-004 invalid: the era-C nested envelope, base64 cursors', () => {
  assert.match(judgeFirstPage(answer(200, { data: { objects: [] }, pageInfo: truth.pageInfo, totalCount: 4 }))!.received, /not the flat array of era D/);
  const encoded = { ...truth, pageInfo: { ...truth.pageInfo, startCursor: Buffer.from(JSON.stringify({ id: ids[0] })).toString('base64') } };
  assert.ok(judgeFirstPage(answer(200, flat(encoded))));
  assert.equal(listEnvelopeFinding(answer(500, {}))?.received, 'HTTP 500');
});

test('META-005 valid and invalid: a forward walk, and one whose cursor item comes back', () => {
  const sound: Walk = { direction: 'forward', truncated: false, pages: [page(ids.slice(0, 2), true, false), page(ids.slice(2), false, true)] };
  assert.equal(judgeForwardWalk({ truth, limit: 2, walk: sound }), null);
  const inclusive: Walk = { direction: 'forward', truncated: false, pages: [page(ids.slice(0, 2), true, false), page(ids.slice(1, 3), true, true), page(ids.slice(2), false, true)] };
  const finding = judgeForwardWalk({ truth, limit: 2, walk: inclusive });
  assert.match(finding!.received, /appears twice/);
  assert.equal(finding!.hint, '3 page(s) fetched');
});

test('META-006 valid and invalid: a backward walk in list order, and one in scan order', () => {
  const sound: Walk = { direction: 'backward', truncated: false, before: ids[3], pages: [page(ids.slice(1, 3), true, true), page(ids.slice(0, 1), true, false)] };
  assert.equal(judgeBackwardWalk({ truth, limit: 2, walk: sound }), null);
  assert.equal(judgeBackwardWalk({ truth: page([], false, false, 0), limit: 2 }), null);
  const reversed: Walk = { ...sound, pages: [page([ids[2]!, ids[1]!], true, true), page(ids.slice(0, 1), true, false)] };
  assert.match(judgeBackwardWalk({ truth, limit: 2, walk: reversed })!.expected, /^the 3 items before the last one/);
});

test('META-007 valid and invalid: default, maximum, non-integer limit', () => {
  const limits = { default: 1000, maximum: 1000 };
  const fine = { limits, unlimited: truth, above: answer(200, flat(truth)), fraction: refusal("limit '1.5' is invalid. Should be an integer") };
  assert.equal(judgeLimits(fine), null);
  const sixty = page(ids.slice(0, 2), true, false);
  assert.equal(judgeLimits({ ...fine, limits: { default: 2, maximum: 3 }, unlimited: page(ids.slice(0, 3), true, false) })?.at, 'unlimited');
  assert.equal(judgeLimits({ ...fine, limits: { default: 2, maximum: 2 }, unlimited: sixty, above: answer(200, flat(page(ids.slice(0, 3), true, false))) })?.at, 'above');
  assert.equal(judgeLimits({ ...fine, fraction: answer(200, flat(truth)) })?.hint, 'limit=1.5');
});

test('META-008 valid and invalid: the pinned cursor refusals, and a 500 for a bad cursor', () => {
  const both = refusal("'starting_after' and 'ending_before' cannot be used together.");
  assert.equal(judgeCursorErrors({ both, notUuid: refusal('Invalid cursor: not-a-uuid') }), null);
  const crashed = judgeCursorErrors({ both, notUuid: answer(500, { statusCode: 500, error: 'InternalServerErrorException', messages: ['invalid input syntax for type uuid'] }) });
  assert.equal(crashed?.at, 'notUuid');
  assert.equal(crashed?.expected, 'HTTP 400 with the error body');
  assert.equal(judgeCursorErrors({ both: refusal('other'), notUuid: refusal('Invalid cursor: not-a-uuid') })?.received, 'messages ["other"]');
});

test('META-010 valid and invalid: a listed item by id, an unknown id answered 200', () => {
  const listed = { id: ids[0]!, path: `/metadata/objects/${ids[0]}`, answer: answer(200, { id: ids[0] }) };
  const notFound = answer(404, { statusCode: 404, error: 'NotFoundException', messages: ['Object not found'] });
  assert.equal(judgeItemById({ listed, unknown: notFound }), null);
  assert.equal(judgeItemById({ listed: { ...listed, answer: answer(200, { data: { id: ids[0] } }) } }), null);
  assert.deepEqual(judgeItemById({ listed, unknown: answer(200, {}) }), { at: 'unknown', received: 'HTTP 200 {}', expected: 'HTTP 404 for an id that names nothing' });
  assert.equal(judgeItemById({ listed: { ...listed, answer: answer(404, {}) } })?.at, 'listed');
  assert.equal(judgeItemById({ unknown: answer(404, { message: 'x' }) })?.at, 'unknown');
});
