// Where an expired API key comes from. Nobody can mint one for a real deployment
// without its signing secret, so it is either handed over by the embedded
// reference (the runner sets TWENTY_CONFORMANCE_EXPIRED_TOKEN) or by the user.

export const REFERENCE_EXPIRED_TOKEN_ENV = 'TWENTY_CONFORMANCE_EXPIRED_TOKEN';
export const USER_EXPIRED_TOKEN_ENV = 'TWENTY_EXPIRED_API_KEY';

export interface ExpiredToken {
  token: string;
  /** The variable it was read from, for messages (never the value). */
  source: string;
}

export function expiredTokenFrom(env: Readonly<Record<string, string | undefined>>): ExpiredToken | null {
  // The reference's own key first: it belongs to the deployment the runner started.
  for (const name of [REFERENCE_EXPIRED_TOKEN_ENV, USER_EXPIRED_TOKEN_ENV]) {
    const value = env[name]?.trim();
    if (value) return { token: value, source: name };
  }
  return null;
}

/** Why the expired-token probe cannot run, and how to make it run. */
export const NO_EXPIRED_TOKEN_REASON =
  `set ${USER_EXPIRED_TOKEN_ENV} to an expired API key of this workspace to run it. ` +
  'In Twenty: Settings → APIs & Webhooks, create a key with the nearest expiry date and wait until it has passed.';
