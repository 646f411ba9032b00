import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envApiKey, resolveApiKey } from './api-key.ts';
import { UsageError } from './usage-error.ts';

const KEY = 'eyJhbGciOi.secret-key.sig';
const files: Record<string, string> = { '/key': `  ${KEY}\n`, '/empty': ' \n', '/two': `${KEY}\nother\n` };
const readText = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`ENOENT: ${path}`);
  return text;
};

test('the key comes from the token file when one is named, else TWENTY_API_KEY; trimmed either way', () => {
  assert.equal(resolveApiKey('/key', { TWENTY_API_KEY: 'other' }, readText), KEY);
  assert.equal(resolveApiKey(null, { TWENTY_API_KEY: ` ${KEY}\n` }, readText), KEY);
  assert.equal(resolveApiKey(undefined, {}, readText), undefined);
  assert.equal(resolveApiKey(null, { TWENTY_API_KEY: '  ' }, readText), undefined);
  assert.equal(envApiKey({ TWENTY_API_KEY: `\t${KEY} ` }), KEY);
  assert.equal(envApiKey({ TWENTY_API_KEY: '' }), undefined);
});

test('a problem names the file or the variable, never the key', () => {
  const cases: [string | null, Record<string, string>, RegExp][] = [
    ['/missing', {}, /--token-file: cannot read \/missing/],
    ['/empty', {}, /--token-file: \/empty is empty/],
    ['/two', {}, /--token-file: \/two must hold only the API key/],
    [null, { TWENTY_API_KEY: `${KEY} ${KEY}` }, /TWENTY_API_KEY must hold only the API key/],
  ];
  for (const [file, env, message] of cases) {
    assert.throws(
      () => resolveApiKey(file, env, readText),
      (error: unknown) => error instanceof UsageError && message.test(error.message) && !error.message.includes(KEY),
    );
  }
});
