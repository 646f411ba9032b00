// AUTH-*: tokens are accepted only from the `Authorization: Bearer` header; a
// token in the query string, a missing, malformed, tampered or expired token is
// rejected, and no answer echoes a token (contract §1.6, §2, §6.2, §9).
// Each probe repeats a request that succeeds with the valid key and changes only
// its credential; answers are shared between checks (tests/support/auth/probes.ts).
// Requests, measured on the reference: smoke 8 (one object's list; 9 with an
// expired key, +2 with --allow-token-in-url), install 35 on one worker (one object: list,
// get-one, empty batch, its sample page), gate 137 on the 4-object reference.
import { judgeRejected, judgeRejectedAsIfAbsent, judgeSchemeCaseAccepted, judgeTwentyAuthErrors, judgeValidKeyAccepted, type ProbeAnswer } from '../generators/auth/answer-rules.ts';
import type { ProbeName } from '../generators/auth/credential-probes.ts';
import { judgeNoEcho, judgeNoEchoInDocument, type EchoSeen } from '../generators/auth/echo.ts';
import { describedListPaths, judgeQueryTokenDocument } from '../generators/auth/openapi-exposure.ts';
import type { CheckId } from '../generators/checks/catalogue.ts';
import type { Exchange } from '../generators/client/exchange.ts';
import type { ConformanceFixtures } from './fixtures.ts';
import { emptyBatchTarget, listTarget, observe, oneTarget, requireAcceptedBaseline, sendProbe, type ProbeRequest, type ProbeTarget } from './support/auth/probes.ts';
import { defineCheck } from './support/define-check.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { fail, inconclusive } from './support/verdicts.ts';

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

/** The checks whose rule is judgeRejected, with the probes each sends (AUTH-004 is judged apart). */
const REJECTION_CHECKS: readonly (readonly [CheckId, readonly ProbeName[]])[] = [
  ['AUTH-005', ['scheme-with-colon', 'no-scheme']],
  ['AUTH-006', ['malformed']],
  ['AUTH-007', ['tampered-signature']],
  ['AUTH-008', ['tampered-payload']],
  ['AUTH-009', ['expired']],
];

/** Each probe's credential is rejected, once the same request with the valid key was accepted. */
async function expectRejected(fixtures: ConformanceFixtures, target: ProbeTarget, probes: readonly ProbeName[]): Promise<void> {
  for (const probe of probes) {
    await requireAcceptedBaseline(fixtures.client, target);
    const exchange = await observe(fixtures.client, target, probe);
    const finding = judgeRejected(exchange, probe);
    if (finding) fail({ ...finding, exchange });
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
      const exchange = await observe(fixtures.client, target, 'valid');
      const finding = judgeValidKeyAccepted(exchange, target.route);
      if (finding) fail({ ...finding, exchange });
    });
  }

  defineCheck('AUTH-002', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    await requireAcceptedBaseline(fixtures.client, target);
    for (const probe of SCHEME_CASES) {
      const exchange = await observe(fixtures.client, target, probe);
      const finding = judgeSchemeCaseAccepted(exchange, target.route, probe);
      if (finding) fail({ ...finding, exchange });
    }
  });

  defineCheck('AUTH-003', subject, async (fixtures) => {
    await expectRejected(fixtures, await resolve(fixtures), ['no-credential']);
  });

  if (queryTokenProbes) {
    defineCheck('AUTH-004', subject, async (fixtures) => {
      const target = await resolve(fixtures);
      await expectRejected(fixtures, target, ['query-token']);
      // Rejected (the answer is cached): only now the same request without any credential, to compare with.
      const exchange = await observe(fixtures.client, target, 'query-token');
      const absent = await observe(fixtures.client, target, 'no-credential');
      const finding = judgeRejectedAsIfAbsent(exchange, absent);
      if (finding) fail({ ...finding, exchange });
    });
  }

  for (const [id, probes] of REJECTION_CHECKS) {
    defineCheck(id, subject, async (fixtures) => {
      await expectRejected(fixtures, await resolve(fixtures), probes);
    });
  }

  defineCheck('AUTH-011', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    const seen: EchoSeen<Exchange>[] = [];
    for (const probe of ['valid', ...SCHEME_CASES, ...REJECTED] as const) {
      const result = await sendProbe(fixtures.client, target, probe);
      // A credential that was never sent cannot be echoed.
      if (!('unavailable' in result)) seen.push({ probe, answer: result.exchange, literals: result.literals });
    }
    const finding = judgeNoEcho(seen);
    if (finding) fail({ received: finding.received, expected: finding.expected, exchange: finding.shownBy });
  });

  defineCheck('AUTH-012', subject, async (fixtures) => {
    const target = await resolve(fixtures);
    await requireAcceptedBaseline(fixtures.client, target);
    const seen: ProbeAnswer<Exchange>[] = [];
    for (const probe of REJECTED) {
      const result = await sendProbe(fixtures.client, target, probe);
      // AUTH-009 reports a missing expired key; a 429 tells nothing about the auth answer.
      if (!('unavailable' in result) && result.exchange.status !== 429) seen.push({ probe, answer: result.exchange });
    }
    const finding = judgeTwentyAuthErrors(seen);
    if (finding) fail({ received: finding.received, expected: finding.expected, exchange: finding.shownBy });
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
      const withHeader = await observe(client, OPEN_API, 'valid');
      if (describedListPaths(withHeader.json, listPaths).length === 0) {
        inconclusive(`the document fetched with the header key (HTTP ${withHeader.status}) describes none of ${listPaths.join(', ')}, so its absence proves nothing`);
      }
    }
    const exchange = await observe(client, OPEN_API, 'query-token');
    const finding = judgeQueryTokenDocument(exchange, listPaths);
    if (finding) fail({ ...finding, exchange });
  });

  defineCheck('AUTH-011', 'open-api', async ({ client }) => {
    const exchange = await observe(client, OPEN_API, 'query-token');
    const finding = judgeNoEchoInDocument(exchange);
    if (finding) fail({ ...finding, exchange });
  });
}
