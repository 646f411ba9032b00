import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeConnectionFailure, findErrorCode } from './connection-cause.ts';

const fetchFailure = (cause: unknown) => new TypeError('fetch failed', { cause });
const systemError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

test('finds the code in a nested cause', () => {
  assert.equal(findErrorCode(fetchFailure(systemError('ECONNREFUSED'))), 'ECONNREFUSED');
  assert.equal(findErrorCode(fetchFailure(fetchFailure(systemError('ENOTFOUND')))), 'ENOTFOUND');
  assert.equal(findErrorCode(new Error('plain')), undefined);
});

test('names refused, unknown host and TLS failures with what to do', () => {
  assert.match(describeConnectionFailure(fetchFailure(systemError('ECONNREFUSED'))).cause, /refused/);
  assert.match(describeConnectionFailure(fetchFailure(systemError('ENOTFOUND'))).hint, /host name/);
  const tls = describeConnectionFailure(fetchFailure(systemError('DEPTH_ZERO_SELF_SIGNED_CERT')));
  assert.equal(tls.cause, 'TLS handshake failed');
  assert.match(tls.hint, /certificate/);
  assert.equal(describeConnectionFailure(fetchFailure(systemError('ERR_TLS_CERT_ALTNAME_INVALID'))).cause, 'TLS handshake failed');
});

test('an error without code keeps its innermost message on one line', () => {
  const failure = describeConnectionFailure(fetchFailure(new Error('bad\nport')));
  assert.equal(failure.code, 'UNKNOWN');
  assert.equal(failure.cause, 'the request failed before any answer: bad port');
});

test('a request that could not be built is told apart from a network failure', () => {
  const failure = describeConnectionFailure(new TypeError('Headers.append: "a\nb" is an invalid header value.'));
  assert.equal(failure.code, 'INVALID_REQUEST');
  assert.ok(!failure.cause.includes('\n'));
});
