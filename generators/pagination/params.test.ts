import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RestInputError } from '../errors/rest-input-error.ts';
import { parseDepth, parseLimit } from './params.ts';

const LIMITS = { defaultLimit: 60, maxLimit: 200 };
const rejects = (fn: () => unknown, message: string) =>
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof RestInputError);
    assert.equal(error.message, message);
    return true;
  });

describe('parseLimit', () => {
  const accepted: [unknown, number][] = [
    [undefined, 60],
    ['', 60],
    ['5', 5],
    ['0', 0],
    [' ', 0],
    ['0x10', 16],
    ['-0', 0],
    ['1e3', 200],
    ['Infinity', 200],
    ['200', 200],
    ['201', 200],
    ['1.5', 1],
    [['5'], 5],
  ];
  for (const [raw, expected] of accepted) {
    test(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(Object.is(parseLimit(raw, LIMITS), expected), true));
  }
  const rejected: [unknown, string][] = [
    ['abc', "limit 'abc' is invalid. Should be an integer"],
    ['-1', "limit '-1' is invalid. Should be an integer"],
    ['5abc', "limit '5abc' is invalid. Should be an integer"],
    [['1', '2'], "limit '1,2' is invalid. Should be an integer"],
  ];
  for (const [raw, message] of rejected) {
    test(`${JSON.stringify(raw)} → 400`, () => rejects(() => parseLimit(raw, LIMITS), message));
  }
});

describe('parseDepth', () => {
  const accepted: [unknown, 0 | 1][] = [
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['1', 1],
    [' 1', 1],
    ['1.0', 1],
    ['0x1', 1],
    ['-0', 0],
    [' ', 0],
    [['1'], 1],
  ];
  for (const [raw, expected] of accepted) {
    test(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(Object.is(parseDepth(raw), expected), true));
  }
  for (const [raw, shown] of [['2', '2'], ['x', 'x'], ['true', 'true'], ['-1', '-1'], [['1', '1'], '1,1']] as const) {
    test(`${JSON.stringify(raw)} → 400`, () =>
      rejects(() => parseDepth(raw), `'depth=${shown}' parameter invalid. Allowed values are 0, 1`));
  }
});
