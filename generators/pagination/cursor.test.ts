import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RestInputError } from '../errors/rest-input-error.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('cursors', () => {
  test('encode is standard base64 of the JSON', () => {
    assert.equal(encodeCursor({ id: '20202020-...' }), 'eyJpZCI6IjIwMjAyMDIwLS4uLiJ9');
    // a value whose base64 needs '+' and '/' keeps the standard alphabet
    const cursor = encodeCursor({ position: 2, id: '>>>???' });
    assert.match(cursor, /^[A-Za-z0-9+/]+=*$/);
    assert.deepStrictEqual(decodeCursor(cursor), { position: 2, id: '>>>???' });
  });
  test('decode accepts the URL-safe alphabet, missing padding and trailing garbage', () => {
    const values = { name: { firstName: 'Zoë?>' }, id: 'x' };
    const standard = encodeCursor(values);
    assert.ok(/[+/=]/.test(standard), 'this sample must exercise the special characters');
    const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    assert.deepStrictEqual(decodeCursor(urlSafe), values);
    assert.deepStrictEqual(decodeCursor(`${standard}!!`), values);
  });
  test('falsy and non-object JSON values come back as they are', () => {
    assert.equal(decodeCursor(Buffer.from('null').toString('base64')), null);
    assert.equal(decodeCursor(Buffer.from('42').toString('base64')), 42);
  });
  for (const raw of ['invalid-cursor', 'a b', '']) {
    test(`${JSON.stringify(raw)} → Invalid cursor`, () =>
      assert.throws(() => decodeCursor(raw), (error: unknown) => {
        assert.ok(error instanceof RestInputError);
        assert.equal(error.message, `Invalid cursor: ${raw}`);
        return true;
      }));
  }
});
