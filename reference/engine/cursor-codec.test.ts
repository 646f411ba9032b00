import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor as suiteDecode, encodeCursor as suiteEncode } from '../../generators/pagination/cursor.ts';
import { RestApiError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor-codec.ts';

const invalid = (cursor: string) => (error: unknown) =>
  error instanceof RestApiError && error.statusCode === 400 && error.errorName === 'BadRequestException' && error.message === `Invalid cursor: ${cursor}`;

test('cursors are standard base64 of JSON and decode back', () => {
  const cursor = encodeCursor({ name: { firstName: 'Zoë?>' }, id: 'x' });
  assert.equal(cursor, Buffer.from('{"name":{"firstName":"Zoë?>"},"id":"x"}').toString('base64'));
  assert.match(cursor, /[+/]/);
  assert.deepEqual(decodeCursor(cursor), { name: { firstName: 'Zoë?>' }, id: 'x' });
  assert.equal(encodeCursor({ id: '20202020-0001' }), 'eyJpZCI6IjIwMjAyMDIwLTAwMDEifQ==');
});

test('decoding is as lenient as Buffer: URL-safe alphabet, no padding, stray characters (§12.5)', () => {
  const cursor = encodeCursor({ name: { firstName: 'Zoë?>' }, id: 'x' });
  const urlSafe = cursor.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  assert.deepEqual(decodeCursor(urlSafe), decodeCursor(cursor));
  assert.deepEqual(decodeCursor(`${cursor}!!`), decodeCursor(cursor));
  const plain = encodeCursor({ id: 'x' });
  assert.deepEqual(decodeCursor(`${plain.slice(0, 4)} ${plain.slice(4)}`), { id: 'x' });
});

test('any JSON value decodes; falsy and non-object values are the caller\'s to judge', () => {
  for (const value of [null, 0, false, '', 42, [1], 'x', {}]) {
    assert.deepEqual(decodeCursor(Buffer.from(JSON.stringify(value)).toString('base64')), value);
  }
});

test('undecodable cursors are a 400 quoting the cursor as received', () => {
  assert.throws(() => decodeCursor('invalid cursor'), invalid('invalid cursor'));
  assert.throws(() => decodeCursor('invalid-cursor'), invalid('invalid-cursor'));
  assert.throws(() => decodeCursor(''), invalid(''));
  // Base64 of text that is not JSON.
  assert.throws(() => decodeCursor(Buffer.from('{id:1}').toString('base64')), invalid(Buffer.from('{id:1}').toString('base64')));
});

test('the suite\'s codec reads what the reference writes and the two agree on every cursor', () => {
  const values = { position: 2, name: { firstName: 'Zoë' }, id: '20202020-0001' };
  assert.equal(encodeCursor(values), suiteEncode(values));
  for (const cursor of [encodeCursor(values), 'eyJpZCI6IngifQ', 'eyJpZCI6IngifQ==!!', 'bnVsbA==', 'invalid cursor', '', 'e30']) {
    const ours = (() => { try { return JSON.stringify(decodeCursor(cursor)); } catch (error) { return (error as Error).message; } })();
    const theirs = (() => { try { return JSON.stringify(suiteDecode(cursor)); } catch (error) { return (error as Error).message; } })();
    assert.equal(ours, theirs, cursor);
  }
});
