// AUTH-*: tokens are accepted only from the `Authorization: Bearer` header; a
// token in the query string, a missing, malformed, tampered or expired token is
// rejected, and no answer echoes a token (contract §1.6, §2, §6.2, §9).
// Each probe repeats a request that succeeds with the valid key and changes only
// its credential; answers are shared between checks (tests/support/auth/probes.ts).
// Requests, measured on the reference: smoke 8 (one object's list; 9 with an
// expired key, +2 with --allow-token-in-url), install 35 on one worker (one object: list,
// get-one, empty batch, its sample page), gate 137 on the 4-object reference.
import { acceptedProblem, rejectionProblem, sameRejectionProblem, twentyErrorProblem } from '../generators/auth/answer-rules.ts';
import { PROBES, TWENTY_AUTH_ERRORS, type ProbeName } from '../generators/auth/credential-probes.ts';
import { echoProblem } from '../generators/auth/echo.ts';
import { describedListPaths } from '../generators/auth/openapi-exposure.ts';
import type { Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../generators/client/twenty-client.ts';
import type { ConformanceFixtures } from './fixtures.ts';
import { emptyBatchTarget, listTarget, oneTarget, sendProbe, type ProbeRequest, type ProbeResult, type ProbeTarget } from './support/auth/probes.ts';
import { defineCheck } from './support/define-check.ts';
import { loadRunState } from './support/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { fail, inconclusive, notRun } from './support/verdicts.ts';

const { config, catalogue } = loadRunState();
const smoke = config.profile === 'smoke';
// DESIGN §2: in smoke a token goes into a URL (and so into proxy logs) only when the user allows it.
// Otherwise AUTH-004/AUTH-010 are not generated at all, like a write check in smoke: they are not
// applicable to this run, which is different from "could not run" (inconclusive).
const queryTokenProbes = !smoke || config.allowTokenInUrl;

/** Probes that must be rejected, in the order their answers are reported. */
const REJECTED: readonly ProbeName[] = [
  'no-credential',
  ...(queryTokenProbes ? (['query-token'] as const) : []),
  'scheme-with-colon',
  'no-scheme',
  'malformed',
  'tampered-signature',
  'tampered-payload',
  'expired',
];
/** Case variants of the scheme word; smoke keeps one to stay within its request allowance. */
const SCHEME_CASES: readonly ProbeName[] = smoke ? ['scheme-lower-case'] : ['scheme-lower-case', 'scheme-upper-case'];

function exchangeOf(result: ProbeResult, probe: ProbeName): Exchange {
  if ('unavailable' in result) {
    // A missing optional input is "not run", which fails no profile; anything else is inconclusive.
    if (result.missingInput) return notRun(result.missingInput, `${probe}: ${result.unavailable}`);
    return inconclusive(`${probe}: ${result.unavailable}`);
  }
  // A 429 the client gave up on says nothing about the credential, either way.
  if (result.exchange.status === 429) return inconclusive(`${probe}: still rate limited (HTTP 429) after the client's retries; lower --rate or retry later`);
  return result.exchange;
}

/** The valid request, which must have been accepted for any rejection to mean something. */
async function acceptedBaseline(client: TwentyClient, target: ProbeTarget): Promise<void> {
  const exchange = exchangeOf(await sendProbe(client, target, 'valid'), 'valid');
  const problem = acceptedProblem(exchange, target.route);
  if (problem) {
    inconclusive(`the same request with the valid key was not accepted (${problem}), so a rejection would prove nothing; see AUTH-001`);
  }
}

async function expectRejected(client: TwentyClient, target: ProbeTarget, probe: ProbeName): Promise<Exchange> {
  await acceptedBaseline(client, target);
  const exchange = exchangeOf(await sendProbe(client, target, probe), probe);
  const problem = rejectionProblem(exchange);
  if (problem) {
    fail({
      received: problem,
      expected: `401 or 403 without record data for ${PROBES[probe].description}`,
      exchange,
      hint: 'The same request with the valid key passed authentication; only the credential changed.',
    });
  }
  return exchange;
}

function expectedAcceptance(target: ProbeTarget): string {
  switch (target.route.kind) {
    case 'list':
      return `200 with data.${target.route.listKey}[]`;
    case 'one':
      return `200 with data.${target.route.oneKey}, or 404`;
    case 'empty-batch':
      return 'any answer but 401/403 (Twenty: 400 "Input must not be empty")';
  }
}

interface TargetDef {
  subject: string;
  /** Reads carry AUTH-001; the empty batch is only the baseline of its probes (a read-only key may not write). */
  read: boolean;
  resolve: (fixtures: ConformanceFixtures) => Promise<ProbeTarget>;
}

function targetsOf(objects: typeof catalogue.objects): TargetDef[] {
  const targets: TargetDef[] = [];
  for (const object of objects) {
    targets.push({ subject: `${object.plural} list`, read: true, resolve: async () => listTarget(object) });
    // A route that forgot its guard is found only by asking it; smoke keeps to the list.
    const { onePath } = object;
    const oneKey = object.envelopeKeys.one;
    if (!smoke && onePath && oneKey) {
      targets.push({ subject: `${object.plural} one`, read: true, resolve: ({ samples }) => oneTarget(object, onePath, oneKey, samples) });
    }
    // Authentication comes before body validation (contract §2.2), also on the write routes — of the
    // objects the run writes (a blocklists batch, say, refuses an API key by design: REAL-WORKSPACE.md §3).
    const { batchPath } = object;
    if (!smoke && batchPath && (loadRunState().writePlan?.objects ?? []).includes(object.plural)) targets.push({ subject: `${object.plural} empty batch`, read: false, resolve: async () => emptyBatchTarget(batchPath) });
  }
  return targets;
}

const objects = subjectObjects('AUTH-001');

for (const { subject, read, resolve } of targetsOf(objects)) {
  if (read) {
    defineCheck('AUTH-001', subject, async (fixtures) => {
      const target = await resolve(fixtures);
      const exchange = exchangeOf(await sendProbe(fixtures.client, target, 'valid'), 'valid');
      const problem = acceptedProblem(exchange, target.route);
      if (problem) {
        fail({
          received: problem,
          expected: expectedAcceptance(target),
          exchange,
          hint: 'Check that TWENTY_API_KEY is a valid, unrevoked key of this workspace.',
        });
      }
    });
  }

  defineCheck('AUTH-002', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    await acceptedBaseline(fixtures.client, target);
    for (const probe of SCHEME_CASES) {
      const exchange = exchangeOf(await sendProbe(fixtures.client, target, probe), probe);
      const problem = acceptedProblem(exchange, target.route);
      if (problem) {
        fail({ received: problem, expected: `the answer of the valid request for ${PROBES[probe].description}`, exchange });
      }
    }
  });

  defineCheck('AUTH-003', subject, async (fixtures) => {
    await expectRejected(fixtures.client, await resolve(fixtures), 'no-credential');
  });

  if (queryTokenProbes) {
    defineCheck('AUTH-004', subject, async (fixtures) => {
      const target = await resolve(fixtures);
      const exchange = await expectRejected(fixtures.client, target, 'query-token');
      const absent = exchangeOf(await sendProbe(fixtures.client, target, 'no-credential'), 'no-credential');
      // Compared only with an absent credential that was itself rejected (else AUTH-003 reports it).
      if (rejectionProblem(absent) !== null) return;
      const problem = sameRejectionProblem(exchange, absent);
      if (problem) {
        fail({
          received: problem,
          expected: `the answer to the same request without any credential: HTTP ${absent.status} ${absent.responseBody.slice(0, 160)}`,
          exchange,
          hint: 'A different answer means the server read the query-string token.',
        });
      }
    });
  }

  defineCheck('AUTH-005', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    for (const probe of ['scheme-with-colon', 'no-scheme'] as const) await expectRejected(fixtures.client, target, probe);
  });

  defineCheck('AUTH-006', subject, async (fixtures) => {
    await expectRejected(fixtures.client, await resolve(fixtures), 'malformed');
  });

  defineCheck('AUTH-007', subject, async (fixtures) => {
    await expectRejected(fixtures.client, await resolve(fixtures), 'tampered-signature');
  });

  defineCheck('AUTH-008', subject, async (fixtures) => {
    await expectRejected(fixtures.client, await resolve(fixtures), 'tampered-payload');
  });

  defineCheck('AUTH-009', subject, async (fixtures) => {
    await expectRejected(fixtures.client, await resolve(fixtures), 'expired');
  });

  defineCheck('AUTH-011', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    const echoes: string[] = [];
    let first: Exchange | undefined;
    for (const probe of ['valid', ...SCHEME_CASES, ...REJECTED] as const) {
      const result = await sendProbe(fixtures.client, target, probe);
      if ('unavailable' in result) continue; // that credential was never sent, so it cannot be echoed
      const problem = echoProblem(result.exchange, result.literals);
      if (problem) {
        echoes.push(`${probe} (HTTP ${result.exchange.status}): ${problem}`);
        first ??= result.exchange;
      }
    }
    if (echoes.length > 0) {
      fail({ received: echoes.join('; '), expected: 'no answer repeats the credential it was sent', ...(first ? { exchange: first } : {}) });
    }
  });

  defineCheck('AUTH-012', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    await acceptedBaseline(fixtures.client, target);
    const mismatches: string[] = [];
    let first: Exchange | undefined;
    for (const probe of REJECTED) {
      const result = await sendProbe(fixtures.client, target, probe);
      // AUTH-009 reports a missing expired key; a 429 tells nothing about the auth answer.
      if ('unavailable' in result || result.exchange.status === 429) continue;
      const expected = PROBES[probe].twenty;
      if (expected === 'accepted') continue;
      const problem = twentyErrorProblem(result.exchange, TWENTY_AUTH_ERRORS[expected]);
      if (problem) {
        mismatches.push(`${probe}: ${problem}`);
        first ??= result.exchange;
      }
    }
    if (mismatches.length > 0) {
      fail({
        received: mismatches.join('; '),
        expected: 'missing token → 403 FORBIDDEN_EXCEPTION "Missing authentication token"; invalid → 401 UNAUTHENTICATED "Token invalid."; expired → 401 UNAUTHENTICATED "Token has expired."',
        ...(first ? { exchange: first } : {}),
      });
    }
  });
}

const OPEN_API: ProbeRequest = { path: '/open-api/core' };

if (queryTokenProbes) {
  defineCheck('AUTH-010', null, async ({ client }) => {
    const listPaths = catalogue.objects.map((object) => object.listPath);
    if (listPaths.length === 0) inconclusive('the catalogue knows no object path to look for (see OAS-002)');
    // The run already read this deployment's document with the header key; fetch it again only
    // when the catalogue came from a file or another URL.
    if (config.openapi !== null) {
      const withHeader = exchangeOf(await sendProbe(client, OPEN_API, 'valid'), 'valid');
      if (describedListPaths(withHeader.json, listPaths).length === 0) {
        inconclusive(`the document fetched with the header key (HTTP ${withHeader.status}) describes none of ${listPaths.join(', ')}, so its absence proves nothing`);
      }
    }
    const exchange = exchangeOf(await sendProbe(client, OPEN_API, 'query-token'), 'query-token');
    const exposed = describedListPaths(exchange.json, listPaths);
    if (exposed.length > 0) {
      fail({
        received: `HTTP ${exchange.status}, a document describing ${exposed.join(', ')}`,
        expected: 'the base document only (no object paths): the query-string token is ignored',
        exchange,
      });
    }
  });

  defineCheck('AUTH-011', 'open-api', async ({ client }) => {
    const result = await sendProbe(client, OPEN_API, 'query-token');
    const exchange = exchangeOf(result, 'query-token');
    const problem = echoProblem(exchange, []);
    if (problem) fail({ received: problem, expected: `no credential in the answer to GET /rest/open-api/core with ${PROBES['query-token'].description}`, exchange });
  });
}
