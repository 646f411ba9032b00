// Fixture layering (STYLE convention 3): worker scope runState → catalogue →
// client → response validator; test scope an auto `exchangeLog` that counts the
// requests of each test and, on failure, attaches its exchanges and a token-free
// curl for each.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileRequestLedger, REQUEST_LEDGER_FILE } from '../runtime/client/request-ledger.ts';
import { ANNOTATION } from '../generators/checks/verdicts.ts';
import { envApiKey } from '../generators/config/api-key.ts';
import { test as base } from '@playwright/test';
import { toCurl } from '../generators/client/curl.ts';
import { formatExchange } from '../generators/client/format-exchange.ts';
import { createTwentyClient, type TwentyClient } from '../runtime/client/twenty-client.ts';
import { connectPacer, PACER_ENV } from '../runtime/client/pacing-authority.ts';
import { createResponseValidator, type ResponseValidator } from '../generators/contracts/index.ts';
import type { Catalogue } from '../generators/openapi/catalogue-types.ts';
import { dereferenceLocally } from '../generators/openapi/local-dereference.ts';
import { loadRunState, type RunState } from '../runtime/run-state.ts';
import { Samples } from './support/samples.ts';

export interface ConformanceFixtures {
  runState: RunState;
  catalogue: Catalogue;
  client: TwentyClient;
  responses: ResponseValidator;
  /** Bounded samples of each object's records, read once per worker. */
  samples: Samples;
}

interface TestScope {
  exchangeLog: void;
}

export const test = base.extend<TestScope, ConformanceFixtures>({
  runState: [async ({}, use) => use(loadRunState()), { scope: 'worker' }],

  catalogue: [async ({ runState }, use) => use(runState.catalogue), { scope: 'worker' }],

  client: [
    async ({ runState }, use) => {
      const { config, target } = runState;
      // The budget is the run's, shared through a ledger file by every worker process
      // (a worker restarted after a failure does not start afresh); so is the pace: every
      // worker takes its slots from the runner's pacing authority.
      const pacerAddress = process.env[PACER_ENV];
      const pacer = pacerAddress ? await connectPacer(pacerAddress) : undefined;
      const ledger = config.maxRequests ? fileRequestLedger(join(dirname(runState.document.path), REQUEST_LEDGER_FILE), config.maxRequests) : undefined;
      const client = createTwentyClient({
        baseUrl: target.baseUrl,
        token: envApiKey(process.env),
        readOnly: config.profile === 'smoke',
        ...(config.maxRequests && ledger ? { maxRequests: config.maxRequests, ledger } : {}),
        ...(pacer ? { pacer } : config.rate ? { rate: config.rate } : {}),
        ...(config.maxResponseBytes ? { maxResponseBytes: config.maxResponseBytes } : {}),
        timeoutMs: config.timeoutMs,
        // A rate-limited deployment is waited for while the test's time allows (see testTimeoutMs).
        maxRetries429: 20,
        maxRetryAfterMs: 60_000,
        rateLimitPatienceMs: 90_000,
      });
      const expired = process.env.TWENTY_CONFORMANCE_EXPIRED_TOKEN;
      if (expired) client.addSecret(expired, 'expired token');
      await use(client);
      ledger?.close();
      pacer?.close();
    },
    { scope: 'worker' },
  ],

  responses: [
    async ({ runState }, use) => {
      const raw = JSON.parse(readFileSync(runState.document.path, 'utf8'));
      await use(createResponseValidator(dereferenceLocally(raw)));
    },
    { scope: 'worker' },
  ],

  samples: [async ({ client, catalogue, runState }, use) => use(new Samples(client, catalogue, runState.config.profile, runState.fixtures?.path)), { scope: 'worker' }],

  exchangeLog: [
    async ({ client }, use, testInfo) => {
      const before = client.exchanges().length;
      await use();
      const mine = client.exchanges().slice(before);
      testInfo.annotations.push({ type: ANNOTATION.requests, description: String(mine.length) });
      if (testInfo.status !== testInfo.expectedStatus && mine.length > 0) {
        const text = mine.map((exchange) => `${formatExchange(exchange, { maxBody: 2000 })}\n  ${toCurl(exchange)}`).join('\n\n');
        await testInfo.attach('exchanges', { body: text, contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
