import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestApiError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor-codec.ts';

test('cursors are standard base64 of JSON and decode leniently', () => {
  const cursor = encodeCursor({ name: { firstName: 'Zoë?>' }, id: 'x' });
  assert.equal(cursor, Buffer.from('{"name":{"firstName":"Zoë?>"},"id":"x"}').toString('base64'));
  assert.deepEqual(decodeCursor(cursor), { name: { firstName: 'Zoë?>' }, id: 'x' });
  const urlSafe = cursor.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  assert.deepEqual(decodeCursor(urlSafe), decodeCursor(cursor));
});

test('undecodable cursors are a 400 quoting the cursor', () => {
  assert.throws(
    () => decodeCursor('invalid cursor'),
    (error: unknown) => error instanceof RestApiError && error.statusCode === 400 && error.message === 'Invalid cursor: invalid cursor',
  );
});
