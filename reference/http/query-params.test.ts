import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDepth as suiteDepth, parseLimit as suiteLimit } from '../../generators/pagination/params.ts';
import { parseDepth, parseLimit, readLimit } from './query-params.ts';
import { parseQueryString } from './query-string.ts';
import { RestInputError } from './rest-input-error.ts';

const BOUNDS = { defaultLimit: 60, maxLimit: 200 };
const limitOf = (search: string) => parseLimit(parseQueryString(search)['limit'], BOUNDS);
const depthOf = (search: string) => parseDepth(parseQueryString(search)['depth']);
const refusal = (message: string) => (error: unknown) => error instanceof RestInputError && error.statusCode === 400 && error.errorName === 'BadRequestException' && error.message === message;

test('limit: absent or empty takes the default; a number is taken (pinned by Twenty\'s spec)', () => {
  assert.equal(limitOf(''), 60);
  assert.equal(limitOf('limit='), 60);
  assert.equal(limitOf('limit=10'), 10);
  assert.equal(parseLimit(undefined, { defaultLimit: 1000, maxLimit: 1000 }), 1000);
});

test('limit: non-numeric and negative are 400 quoting the raw value', () => {
  assert.throws(() => limitOf('limit=aaa'), refusal("limit 'aaa' is invalid. Should be an integer"));
  assert.throws(() => limitOf('limit=-1'), refusal("limit '-1' is invalid. Should be an integer"));
  assert.throws(() => limitOf('limit=1,5'), refusal("limit '1,5' is invalid. Should be an integer"));
  // A repeated parameter is an array, which interpolates comma-joined (§12.9).
  assert.throws(() => limitOf('limit=1&limit=2'), refusal("limit '1,2' is invalid. Should be an integer"));
});

test('limit: zero is a limit, not the default; a blank coerces to 0 (§12.9)', () => {
  assert.equal(limitOf('limit=0'), 0);
  assert.equal(limitOf('limit=%20'), 0);
  assert.ok(Object.is(limitOf('limit=-0'), -0));
  assert.ok(Object.is(readLimit('-0', BOUNDS), 0));
});

test('limit: over the maximum is clamped silently, Infinity and exponents too', () => {
  assert.equal(limitOf('limit=201'), 200);
  assert.equal(limitOf('limit=100000'), 200);
  assert.equal(limitOf('limit=Infinity'), 200);
  assert.equal(limitOf('limit=1e3'), 200);
  assert.equal(limitOf('limit=0x10'), 16);
  assert.equal(limitOf('limit[]=5'), 5);
});

test('limit: a fraction is kept by the parser; the page holds its whole part', () => {
  assert.equal(limitOf('limit=1.5'), 1.5);
  assert.equal(readLimit('1.5', BOUNDS), 1);
  assert.equal(readLimit('0.5', BOUNDS), 0);
});

test('depth: absent or empty is 0; 0 and 1 in any spelling unary + reads as them (§12.1)', () => {
  assert.equal(depthOf(''), 0);
  assert.equal(depthOf('depth='), 0);
  assert.equal(depthOf('depth=0'), 0);
  assert.equal(depthOf('depth=1'), 1);
  assert.equal(depthOf('depth=%201'), 1);
  assert.equal(depthOf('depth=1.0'), 1);
  assert.equal(depthOf('depth=0x1'), 1);
  assert.equal(depthOf('depth[]=1'), 1);
  assert.ok(Object.is(depthOf('depth=-0'), 0));
  assert.equal(depthOf('depth=%20'), 0);
});

test('depth: anything else is 400 naming the raw value and the allowed values', () => {
  assert.throws(() => depthOf('depth=2'), refusal("'depth=2' parameter invalid. Allowed values are 0, 1"));
  assert.throws(() => depthOf('depth=invalid'), refusal("'depth=invalid' parameter invalid. Allowed values are 0, 1"));
  assert.throws(() => depthOf('depth=true'), refusal("'depth=true' parameter invalid. Allowed values are 0, 1"));
  assert.throws(() => depthOf('depth=-1'), refusal("'depth=-1' parameter invalid. Allowed values are 0, 1"));
  assert.throws(() => depthOf('depth=1&depth=1'), refusal("'depth=1,1' parameter invalid. Allowed values are 0, 1"));
});

// The suite's oracle (generators/pagination/params.ts) is a second reading of the
// same parsers: on every input the two must give the same page size or the same 400.
const INPUTS = ['', 'limit=', 'limit=10', 'limit=0', 'limit=-0', 'limit=%20', 'limit=1.5', 'limit=201', 'limit=Infinity', 'limit=1e3', 'limit=0x10',
  'limit=aaa', 'limit=-1', 'limit=1&limit=2', 'limit[]=5', 'limit=%201', 'limit=NaN', 'limit=-Infinity', 'limit=1e-3', 'limit=200.9'];

function outcome(run: () => number): string {
  try {
    return `ok ${run()}`;
  } catch (error) {
    return `400 ${(error as Error).message}`;
  }
}

test('limit agrees with the suite\'s oracle on every input', () => {
  for (const search of INPUTS) {
    const raw = parseQueryString(search)['limit'];
    assert.equal(outcome(() => readLimit(raw, BOUNDS)), outcome(() => suiteLimit(raw, BOUNDS)), search);
  }
});

test('depth agrees with the suite\'s oracle on every input', () => {
  for (const search of ['', 'depth=', 'depth=0', 'depth=1', 'depth=-0', 'depth=%201', 'depth=1.0', 'depth=0x1', 'depth[]=1', 'depth=%20', 'depth=2', 'depth=x', 'depth=true', 'depth=-1', 'depth=1&depth=1', 'depth=0.5']) {
    const raw = parseQueryString(search)['depth'];
    assert.equal(outcome(() => parseDepth(raw)), outcome(() => suiteDepth(raw)), search);
  }
});

test('limit[a]=1 and depth[a]=1 are a 400 quoting [object Object], as Twenty reads qs objects', () => {
  assert.throws(() => limitOf('limit[a]=1'), refusal("limit '[object Object]' is invalid. Should be an integer"));
  assert.throws(() => depthOf('depth[a]=1'), refusal("'depth=[object Object]' parameter invalid. Allowed values are 0, 1"));
});
