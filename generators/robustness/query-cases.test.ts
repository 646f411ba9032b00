import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { fieldPaths } from '../fixtures/catalogue-resolver.ts';
import { parseOrderBy } from '../order/grammar.ts';
import { encodeCursor } from '../pagination/cursor.ts';
import { describeCase, type RobustnessCase } from './cases.ts';
import {
  invalidLimitDepthArb,
  invalidLimitDepthExamples,
  isRefusedDirection,
  malformedCursorArb,
  malformedCursorExamples,
  malformedOrderByArb,
  malformedOrderByExamples,
  namesUnknownPath,
  readCursor,
  refusesDepth,
  refusesLimit,
  sortablePath,
} from './query-cases.ts';
import { referenceCatalogue, referenceObject } from '../../testing/robustness/testing-catalogue.ts';

const param = (value: RobustnessCase, name: string) => (typeof value.query === 'string' ? undefined : value.query[name]);

/** A raw query string's values per name, as qs would group them. */
function values(value: RobustnessCase, name: string): string | string[] {
  if (typeof value.query !== 'string') return value.query[name] ?? '';
  const found = new URLSearchParams(value.query).getAll(name);
  return found.length === 1 ? found[0]! : found;
}

test('limit and depth oracles follow §5.1, §5.6, §12.1 and §12.9', () => {
  for (const raw of ['-1', 'abc', '-0.5', ['1', '2']]) assert.equal(refusesLimit(raw), true, String(raw));
  for (const raw of ['0', '-0', ' ', '0x10', '1e3', 'Infinity', '1.5']) assert.equal(refusesLimit(raw), false, raw);
  for (const raw of ['2', 'x', 'true', '-1', ['1', '1']]) assert.equal(refusesDepth(raw), true, String(raw));
  for (const raw of ['0', '1', ' 1', '1.0', '0x1', '-0', ' ']) assert.equal(refusesDepth(raw), false, raw);
});

test('every limit/depth case is refused by the parameter parsers', () => {
  const people = referenceObject('people');
  const check = (value: RobustnessCase) => {
    const name = value.family === 'limit' ? 'limit' : 'depth';
    const raw = values(value, name);
    assert.equal(name === 'limit' ? refusesLimit(raw) : refusesDepth(raw), true, describeCase(value));
  };
  invalidLimitDepthExamples(people).forEach(check);
  fc.assert(fc.property(invalidLimitDepthArb(people), check), { numRuns: 500, seed: 21 });
  assert.equal(invalidLimitDepthExamples(people)[3]!.query, 'limit=1&limit=2');
});

test('cursor readings follow §12.5: falsy ignored, keyless refused, undecodable refused', () => {
  const b64 = (json: string) => Buffer.from(json).toString('base64');
  assert.equal(readCursor('invalid-cursor', []), 'undecodable');
  assert.equal(readCursor(b64('null'), []), 'ignored');
  assert.equal(readCursor(b64('0'), []), 'ignored');
  assert.equal(readCursor(b64('42'), []), 'missing-key');
  assert.equal(readCursor(b64('{}'), []), 'missing-key');
  assert.equal(readCursor(encodeCursor({ id: 'x' }), []), 'usable');
  assert.equal(readCursor(encodeCursor({ id: 'x' }), ['city']), 'missing-key');
  assert.equal(readCursor(encodeCursor({ city: null, id: 'x' }), ['city']), 'usable');
});

test('every cursor case is undecodable, keyless or a conflict', () => {
  for (const object of referenceCatalogue.objects) {
    const check = (value: RobustnessCase) => {
      const after = param(value, 'starting_after');
      const before = param(value, 'ending_before');
      if (after !== undefined && before !== undefined) return; // the both-cursors conflict
      const raw = after ?? before;
      assert.ok(raw !== undefined && raw !== '', describeCase(value));
      const order = param(value, 'order_by');
      const keys = order ? parseOrderBy(order).map((item) => item.path[0]!).filter((key) => key !== 'id') : [];
      assert.notEqual(readCursor(raw, keys), 'usable', describeCase(value));
      assert.notEqual(readCursor(raw, keys), 'ignored', describeCase(value));
    };
    malformedCursorExamples(object).forEach(check);
    fc.assert(fc.property(malformedCursorArb(object), check), { numRuns: 300, seed: 22 });
  }
});

test('the pinned invalid-cursor probe leads the cursor table', () => {
  assert.deepEqual(malformedCursorExamples(referenceObject('people'))[0]!.query, { starting_after: 'invalid-cursor' });
});

test('refused directions are neither directions nor prototype names (those fail later, §12.2)', () => {
  assert.equal(isRefusedDirection('asc'), true);
  assert.equal(isRefusedDirection('AscNullsFirst'), false);
  assert.equal(isRefusedDirection('toString'), false);
  assert.equal(isRefusedDirection('__proto__'), false);
});

test('every order_by case has a refused direction, an unknown path, or a bare composite', () => {
  for (const object of referenceCatalogue.objects) {
    const known = new Set([...object.fields.map((field) => field.name), ...fieldPaths(object).map((entry) => entry.path.join('.'))]);
    const composites = new Set(object.fields.filter((field) => (field.subFields?.length ?? 0) > 0).map((field) => field.name));
    const check = (value: RobustnessCase) => {
      const orderBy = param(value, 'order_by') ?? '';
      let parserRefuses = false;
      try {
        parseOrderBy(orderBy);
      } catch {
        parserRefuses = true;
      }
      const bareComposite = orderBy.split(',').some((item) => composites.has(item.split('[')[0] ?? ''));
      assert.ok(parserRefuses || namesUnknownPath(orderBy, known) || bareComposite, describeCase(value));
    };
    malformedOrderByExamples(object).forEach(check);
    fc.assert(fc.property(malformedOrderByArb(object), check), { numRuns: 300, seed: 23 });
  }
});

test('order_by examples lead with a lower-case direction on a sortable field', () => {
  const people = referenceObject('people');
  assert.equal(sortablePath(people), 'createdAt');
  assert.deepEqual(malformedOrderByExamples(people).map((value) => param(value, 'order_by')), [
    'createdAt[asc]',
    'zzNoSuchField[AscNullsFirst]',
    '',
    'createdAt,',
    'name[AscNullsLast]',
  ]);
});
