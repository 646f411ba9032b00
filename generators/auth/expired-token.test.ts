import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expiredTokenFrom, NO_EXPIRED_TOKEN_REASON } from './expired-token.ts';

test('the embedded reference key wins over the user key; blanks count as absent', () => {
  assert.deepEqual(expiredTokenFrom({ TWENTY_CONFORMANCE_EXPIRED_TOKEN: 'ref', TWENTY_EXPIRED_API_KEY: 'user' }), {
    token: 'ref',
    source: 'TWENTY_CONFORMANCE_EXPIRED_TOKEN',
  });
  assert.deepEqual(expiredTokenFrom({ TWENTY_CONFORMANCE_EXPIRED_TOKEN: '  ', TWENTY_EXPIRED_API_KEY: ' user\n' }), {
    token: 'user',
    source: 'TWENTY_EXPIRED_API_KEY',
  });
  assert.equal(expiredTokenFrom({}), null);
  assert.equal(expiredTokenFrom({ TWENTY_EXPIRED_API_KEY: '' }), null);
});

test('the reason names the variable to set and says what gate does with it', () => {
  assert.match(NO_EXPIRED_TOKEN_REASON, /TWENTY_EXPIRED_API_KEY/);
  assert.match(NO_EXPIRED_TOKEN_REASON, /Settings → APIs/);
});
