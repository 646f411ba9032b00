// checkProperty's verdict rules: a shrink step that cannot run (Inconclusive, a
// spent budget) is not a counterexample, so the first real failure survives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { BudgetExhaustedError, GatewayUnavailableError } from '../../generators/client/errors.ts';
import { cannotRun } from './cannot-run.ts';
import { checkProperty } from './property.ts';
import { CheckFailure, Inconclusive } from './verdicts.ts';

const options = { runSeed: 7, key: 'property test', runs: 50, describe: (value: number) => String(value), shrink: true };

async function verdictOf(body: (value: number) => Promise<void>, examples?: number[]): Promise<unknown> {
  try {
    await checkProperty(fc.integer({ min: 0, max: 1000 }), body, { ...options, ...(examples ? { examples } : {}) });
    return 'pass';
  } catch (error) {
    return error;
  }
}

describe('checkProperty', () => {
  test('shrinking toward inconclusive cases keeps the real failure', async () => {
    // 700 fails; every smaller non-zero case cannot run; fast-check shrinks toward 0 through them.
    const verdict = await verdictOf(async (value) => {
      if (value >= 500) throw new CheckFailure({ received: String(value), expected: '< 500' });
      if (value > 0) throw new Inconclusive(`cannot run ${value}`);
    }, [700]);
    assert.ok(verdict instanceof CheckFailure, `expected a CheckFailure, got ${String(verdict)}`);
    assert.match(verdict.detail.hint ?? '', /minimal counterexample: \d+/);
    assert.ok(Number(verdict.detail.received) >= 500);
  });

  test('a budget spent while shrinking keeps the real failure', async () => {
    let calls = 0;
    const verdict = await verdictOf(async (value) => {
      calls++;
      if (calls > 1) throw new BudgetExhaustedError(1);
      throw new CheckFailure({ received: String(value), expected: 'nothing' });
    }, [900]);
    assert.ok(verdict instanceof CheckFailure, `expected a CheckFailure, got ${String(verdict)}`);
    assert.equal(verdict.detail.received, '900');
  });

  test('with no real failure, a case that could not run makes the property inconclusive', async () => {
    const verdict = await verdictOf(async (value) => {
      if (value % 2 === 1) throw new Inconclusive('odd values cannot run');
    });
    assert.ok(verdict instanceof Inconclusive, `expected Inconclusive, got ${String(verdict)}`);
    assert.equal(verdict.reason, 'odd values cannot run');
  });

  test('a spent budget with no failure is inconclusive, not a failure', async () => {
    const verdict = await verdictOf(async () => {
      throw new BudgetExhaustedError(10);
    });
    assert.ok(verdict instanceof Inconclusive, `expected Inconclusive, got ${String(verdict)}`);
    assert.match(verdict.reason, /budget/);
  });

  test('another error is rethrown as is (an internal error, not a check failure)', async () => {
    const verdict = await verdictOf(async () => {
      throw new TypeError('bug in the check');
    });
    assert.ok(verdict instanceof TypeError && !(verdict instanceof CheckFailure));
  });

  test('a property that holds passes', async () => {
    assert.equal(await verdictOf(async () => {}), 'pass');
  });
});

test('a read that stayed gateway-5xx makes a check inconclusive with that reason, not failed', () => {
  const verdict = cannotRun(new GatewayUnavailableError('GET', 'http://crm/rest/companies', 503, 4));
  assert.ok(verdict instanceof Inconclusive);
  assert.match(verdict.reason, /HTTP 503 \(gateway\) on all 4 attempts/);
  assert.equal(cannotRun(new TypeError('bug')), undefined);
});
