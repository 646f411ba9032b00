import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLeaks, judgeNoLeak, textsOf } from './leaks.ts';

const body = (message: string, statusCode = 500) => {
  const json = { statusCode, error: 'InternalServerErrorException', messages: [message] };
  return { body: JSON.stringify(json), json };
};
const kinds = (found: ReturnType<typeof findLeaks>) => found.map((leak) => leak.kind);

test('database messages are leaks (the two robustness faults answer with these)', () => {
  assert.deepEqual(kinds(findLeaks(body('syntax error at end of input'), ['and(a[eq]:1'])), ['database internals']);
  assert.deepEqual(kinds(findLeaks(body('invalid input syntax for type uuid: "not-a-uuid"'), ['people', 'not-a-uuid'])), ['database internals']);
  assert.deepEqual(kinds(findLeaks(body('relation "workspace_1wgvd1injqtife6y4rvfbu3h5.person" does not exist'), [])).sort(), ['database internals', 'database internals']);
  assert.deepEqual(kinds(findLeaks(body('QueryFailedError: column "zz" does not exist'), [])), ['database internals', 'database internals']);
});

test('stack traces and file paths are leaks, also inside JSON strings', () => {
  const stack = 'TypeError: x is undefined\n    at parseFilter (/app/packages/twenty-server/dist/src/parse.js:12:7)\n    at async Router.handle (node_modules/express/lib/router.js:3:1)';
  const found = kinds(findLeaks(body(stack), []));
  assert.ok(found.includes('stack trace'));
  assert.ok(found.includes('file path'));
  assert.deepEqual(kinds(findLeaks({ body: '<pre>Error: bad<br> &nbsp; &nbsp;at /usr/src/app/main.js:1:2</pre>' }, [])), ['file path', 'file path']);
});

test('tokens are leaks: a JWT in the body, or a secret the client had to redact', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl';
  assert.deepEqual(kinds(findLeaks(body(`Token ${jwt} invalid`, 401), [])), ['token']);
  assert.deepEqual(kinds(findLeaks({ ...body('Token [REDACTED] invalid', 401), echoedSecret: true }, [])), ['token']);
});

test('Twenty\'s own 400 texts and echoes of the request are not leaks', () => {
  const texts = [
    "'filter' invalid. 1 close bracket is missing in the query",
    "'zz-at x:1:2' is not a valid UUID",
    'Object person doesn\'t have any "pg_class" field.',
    'Cannot filter by relation field "company": use "companyId" instead',
    "'order_by' direction 'asc' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3",
    'Invalid cursor: eyJpZCI6IjIwMjAyMDIwIn0=',
    'Malformed JSON body: Unexpected end of JSON input',
  ];
  for (const text of texts) assert.deepEqual(findLeaks(body(text, 400), ['zz-at x:1:2', 'pg_class[eq]:1', 'asc']), [], text);
});

test('a marker that is only in the echo is ignored, the same marker outside it is not', () => {
  const answer = body("'filter' invalid for 'a[eq]:syntax error at or near'", 400);
  assert.deepEqual(findLeaks(answer, ['a[eq]:syntax error at or near']), []);
  assert.equal(findLeaks(answer, ['a[eq]:1']).length, 1);
});

test('textsOf walks keys and values of nested JSON', () => {
  assert.deepEqual(textsOf({ a: ['x', { b: 1, c: 'y' }], d: null }), ['a', 'x', 'b', 'c', 'y', 'd']);
});

test('links are not file paths; a bare "    at fn (" line is a stack frame', () => {
  assert.deepEqual(findLeaks(body('See https://docs.twenty.com/app/rest/filters for help', 400), []), []);
  assert.deepEqual(kinds(findLeaks(body('boom\n    at Object.<anonymous> (native)'), [])), ['stack trace']);
});

test('ROB-008 judgeNoLeak: a clean refusal, an echo of the input and a success body pass; a leak in an error fails', () => {
  const refusal = { statusCode: 400, error: 'BadRequestException', messages: ["'not-a-uuid' is not a valid UUID"] };
  assert.equal(judgeNoLeak({ status: 400, body: JSON.stringify(refusal), json: refusal }, ['not-a-uuid']), null);
  // The server quoting the request back is an echo.
  assert.equal(judgeNoLeak({ status: 400, ...body('syntax error at end of input', 400) }, ['x syntax error at end of input']), null);
  // Success bodies hold user data: not scanned.
  assert.equal(judgeNoLeak({ status: 200, body: '{"data":{"notes":[{"body":"/app/src/x.ts:1:2"}]}}' }, []), null);
  assert.deepEqual(judgeNoLeak({ status: 500, ...body('syntax error at end of input') }, ['and(a[eq]:1']), {
    received: '1 leak(s) in an HTTP 500 answer; first: database internals: syntax error at end of input',
    expected: 'an error body with the exception name and a client-facing message only',
  });
  // The credential in any answer, success included.
  assert.match(judgeNoLeak({ status: 200, body: '{}', echoedSecret: true }, [])?.received ?? '', /^1 leak\(s\) in an HTTP 200 answer; first: token/);
});
