import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shellQuote, shellQuoteExpandingToken, toCurl } from './curl.ts';

test('shellQuote keeps single quotes literal', () => {
  assert.equal(shellQuote(`name[eq]:'O''Brien'`), `'name[eq]:'\\''O'\\'''\\''Brien'\\'''`);
});

test('shellQuoteExpandingToken only lets the token variable expand', () => {
  assert.equal(shellQuoteExpandingToken('Authorization: Bearer $TWENTY_API_KEY'), '"Authorization: Bearer $TWENTY_API_KEY"');
  assert.equal(shellQuoteExpandingToken('a "$HOME" `x` $TWENTY_API_KEY'), '"a \\"\\$HOME\\" \\`x\\` $TWENTY_API_KEY"');
});

test('toCurl renders method, headers, url and body', () => {
  const curl = toCurl({
    method: 'POST',
    reproduction: {
      url: "https://x.test/rest/companies?filter=name%5Beq%5D%3A'a'",
      headers: [
        ['Authorization', 'Bearer $TWENTY_API_KEY'],
        ['Content-Type', 'application/json'],
      ],
      body: `{"name":"O'Hara"}`,
    },
  });
  assert.equal(
    curl,
    `curl -sS -X POST -H "Authorization: Bearer $TWENTY_API_KEY" -H 'Content-Type: application/json' 'https://x.test/rest/companies?filter=name%5Beq%5D%3A'\\''a'\\''' --data '{"name":"O'\\''Hara"}'`,
  );
});

test('toCurl adds a JSON content type when a body has none', () => {
  const curl = toCurl({ method: 'PATCH', reproduction: { url: 'https://x.test/rest/a', headers: [], body: '{}' } });
  assert.equal(curl, `curl -sS -X PATCH 'https://x.test/rest/a' -H 'Content-Type: application/json' --data '{}'`);
});
