// Wraps one generated test in its check: title = the check title (+ subject),
// tags and annotations for reporters and --check, the waiver, and the verdict
// rules (SHOULD → warn, Inconclusive/NotRun → skipped with a reason, CheckFailure →
// the formatted failure text with its token-free reproducer, anything else → an
// internal error of the suite, never a server failure).
import { toCurl } from '../../generators/client/curl.ts';
import { formatExchange } from '../../generators/client/format-exchange.ts';
import { findCheck, type CheckEntry, type CheckId } from '../../generators/checks/catalogue.ts';
import { EVIDENCE_ATTACHMENT } from '../../generators/report/evidence.ts';
import { formatFailure, replayLine } from '../../generators/report/format-failure.ts';
import type { FailureEvidence } from '../../generators/report/test-outcome.ts';
import type { TestInfo } from '@playwright/test';
import { test, type ConformanceFixtures } from '../fixtures.ts';
import { callAt, rawCallerFrame } from './call-from-caller.ts';
import { checkTags } from './check-tags.ts';
import { loadRunState } from '../../runtime/run-state.ts';
import { cannotRun } from './cannot-run.ts';
import { tooLargeFailure } from './too-large.ts';
import { ANNOTATION, CheckFailure, Inconclusive, NotRun } from '../../generators/checks/verdicts.ts';

export function checkDef(id: CheckId): CheckEntry {
  const check = findCheck(id);
  if (!check) throw new Error(`unknown check id ${id}: add it to generators/checks/catalogue.ts`);
  return check;
}

/** Whether a check runs in this run's profile (write checks never run in smoke). */
export function checkSelected(id: CheckId): boolean {
  const { config } = loadRunState();
  return checkDef(id).profiles.includes(config.profile);
}

export function defineCheck(
  id: CheckId,
  subject: string | null,
  body: (fixtures: ConformanceFixtures) => Promise<void>,
): void {
  const check = checkDef(id);
  if (!checkSelected(id)) return;
  const state = loadRunState();
  const waiver = state.waivers[id];
  const title = subject ? `${check.title} [${subject}]` : check.title;
  const annotation = [
    { type: ANNOTATION.checkId, description: check.id },
    { type: ANNOTATION.level, description: check.level },
    { type: ANNOTATION.sentence, description: check.sentence },
    { type: ANNOTATION.area, description: check.area },
    { type: ANNOTATION.story, description: check.id },
    ...(subject ? [{ type: ANNOTATION.subject, description: subject }] : []),
    ...(waiver ? [{ type: ANNOTATION.waived, description: waiver }] : []),
  ];
  // The spec line that called defineCheck: the test is registered from there.
  const caller = rawCallerFrame(0);
  const tag = checkTags(check, caller?.file);

  // Playwright reads the fixtures a test needs from its destructuring pattern. The
  // test is registered from the spec's line that called defineCheck, so reports
  // locate it there (see call-from-caller.ts).
  callAt(caller, test, title, { tag, annotation }, async ({ runState, catalogue, client, responses, samples }: ConformanceFixtures, testInfo: TestInfo) => {
    if (waiver) test.fail(true, `waived: ${waiver}`);
    try {
      await body({ runState, catalogue, client, responses, samples });
    } catch (caught) {
      // A spent budget or a gateway that kept failing means the check could not finish,
      // not that the server failed it.
      const error = cannotRun(caught) ?? tooLargeFailure(caught) ?? caught;
      if (error instanceof NotRun) {
        testInfo.annotations.push({ type: ANNOTATION.notRun, description: error.reason });
        test.skip(true, `not run: ${error.reason}`);
        return;
      }
      if (error instanceof Inconclusive) {
        testInfo.annotations.push({ type: ANNOTATION.inconclusive, description: error.reason });
        test.skip(true, `inconclusive: ${error.reason}`);
        return;
      }
      if (!(error instanceof CheckFailure)) {
        // Only a CheckFailure is a verdict on the server; anything else is the suite's own error.
        const message = client.redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        testInfo.annotations.push({ type: ANNOTATION.internalError, description: message.split('\n')[0] ?? message });
        throw error;
      }
      const { detail } = error;
      const exchangeText = detail.exchange ? formatExchange(detail.exchange, { maxBody: 600 }) : undefined;
      const curl = detail.exchange ? toCurl(detail.exchange) : undefined;
      const text = formatFailure({
        check,
        received: detail.received,
        expected: detail.expected,
        ...(detail.hint ? { hint: detail.hint } : {}),
        ...(exchangeText && curl ? { exchangeText, curl } : {}),
        ...(detail.path ? { path: detail.path } : {}),
        seed: state.config.seed,
      });
      // The same evidence, structured, for summary.json and report.html.
      const evidence: FailureEvidence = {
        test: title,
        received: detail.received,
        expected: detail.expected,
        ...(detail.hint ? { hint: detail.hint } : {}),
        ...(exchangeText ? { exchange: exchangeText } : {}),
        ...(curl ? { reproducer: curl } : {}),
        replay: replayLine(state.config.seed, detail.path),
      };
      await testInfo.attach(EVIDENCE_ATTACHMENT, { body: JSON.stringify(evidence), contentType: 'application/json' });
      if (check.level === 'SHOULD') {
        testInfo.annotations.push({ type: ANNOTATION.warn, description: `Received: ${detail.received} / Expected: ${detail.expected}` });
        await testInfo.attach('warning', { body: text, contentType: 'text/plain' });
        return;
      }
      testInfo.annotations.push({ type: ANNOTATION.checkFailure });
      throw new Error(text);
    }
  });
}
