// Wraps one generated test in its check: title = the check title (+ subject),
// tags and annotations for reporters and --check, the waiver, and the verdict
// rules (SHOULD → warn, Inconclusive/NotRun → skipped with a reason, CheckFailure →
// the formatted failure text with its token-free reproducer, anything else → an
// internal error of the suite, never a server failure).
import { toCurl } from '../../generators/client/curl.ts';
import { formatExchange } from '../../generators/client/format-exchange.ts';
import { findCheck } from '../../generators/checks/catalogue.ts';
import type { CheckDef } from '../../generators/checks/types.ts';
import { formatFailure } from '../../generators/report/format-failure.ts';
import { test, type ConformanceFixtures } from '../fixtures.ts';
import { loadRunState } from './run-state.ts';
import { cannotRun } from './cannot-run.ts';
import { tooLargeFailure } from './too-large.ts';
import { CheckFailure, Inconclusive, NotRun } from './verdicts.ts';

export function checkDef(id: string): CheckDef {
  const check = findCheck(id);
  if (!check) throw new Error(`unknown check id ${id}: add it to generators/checks/catalogue.ts`);
  return check;
}

/** Whether a check runs in this run's profile (write checks never run in smoke). */
export function checkSelected(id: string): boolean {
  const { config } = loadRunState();
  return checkDef(id).profiles.includes(config.profile);
}

export function defineCheck(
  id: string,
  subject: string | null,
  body: (fixtures: ConformanceFixtures) => Promise<void>,
): void {
  const check = checkDef(id);
  if (!checkSelected(id)) return;
  const state = loadRunState();
  const waiver = state.waivers[id];
  const title = subject ? `${check.title} [${subject}]` : check.title;
  const annotation = [
    { type: 'check-id', description: check.id },
    { type: 'level', description: check.level },
    { type: 'sentence', description: check.sentence },
    { type: 'epic', description: check.area },
    { type: 'story', description: check.id },
    ...(subject ? [{ type: 'feature', description: subject }] : []),
    ...(waiver ? [{ type: 'waived', description: waiver }] : []),
  ];
  const tag = [`@${check.area}`, `@${check.id}`, ...(check.profiles.includes('smoke') ? ['@smoke'] : [])];

  // Playwright reads the fixtures a test needs from its destructuring pattern.
  test(title, { tag, annotation }, async ({ runState, catalogue, client, responses, samples }, testInfo) => {
    if (waiver) test.fail(true, `waived: ${waiver}`);
    try {
      await body({ runState, catalogue, client, responses, samples });
    } catch (caught) {
      // A spent budget or a gateway that kept failing means the check could not finish,
      // not that the server failed it.
      const error = cannotRun(caught) ?? tooLargeFailure(caught) ?? caught;
      if (error instanceof NotRun) {
        testInfo.annotations.push({ type: 'not-run', description: error.reason });
        test.skip(true, `not run: ${error.reason}`);
        return;
      }
      if (error instanceof Inconclusive) {
        testInfo.annotations.push({ type: 'inconclusive', description: error.reason });
        test.skip(true, `inconclusive: ${error.reason}`);
        return;
      }
      if (!(error instanceof CheckFailure)) {
        // Only a CheckFailure is a verdict on the server; anything else is the suite's own error.
        const message = client.redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        testInfo.annotations.push({ type: 'internal-error', description: message.split('\n')[0] ?? message });
        throw error;
      }
      const { detail } = error;
      const text = formatFailure({
        check,
        received: detail.received,
        expected: detail.expected,
        ...(detail.hint ? { hint: detail.hint } : {}),
        ...(detail.exchange
          ? { exchangeText: formatExchange(detail.exchange, { maxBody: 600 }), curl: toCurl(detail.exchange) }
          : {}),
        ...(detail.path ? { path: detail.path } : {}),
        seed: state.config.seed,
      });
      if (check.level === 'SHOULD') {
        testInfo.annotations.push({ type: 'warn', description: `Received: ${detail.received} / Expected: ${detail.expected}` });
        await testInfo.attach('warning', { body: text, contentType: 'text/plain' });
        return;
      }
      testInfo.annotations.push({ type: 'check-failure' });
      throw new Error(text);
    }
  });
}
