// Sending the walks of PAG-001/002/003 for one scenario and handing what came
// back to their judges (generators/pagination/walk.ts, page-rules.ts). A walk is bounded
// in pages (walkPageBound) and in time; a judgement that fails is repeated once
// when the data changed meanwhile (judgeAgainstTruth).
import type { Exchange } from '../../../generators/client/exchange.ts';
import type { TwentyClient } from '../../../runtime/client/twenty-client.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { idsOf, judgeStepBack, walkPageBound } from '../../../generators/pagination/page-rules.ts';
import { describeScenario, type Scenario } from '../../../generators/pagination/scenario.ts';
import { judgeBackwardWalk, judgeForwardWalk, walkBackward, walkForward, type Walk } from '../../../generators/pagination/walk.ts';
import { fail } from '../verdicts.ts';
import { exchangeOf, judgeAgainstTruth, scenarioFetcher } from './scenario.ts';

const WALK_TIME_LIMIT_MS = 60_000;

function walkFailure(walk: Walk, violations: string[], scenario: Scenario, expected: string): never {
  const shown = violations.slice(0, 4).join('; ') + (violations.length > 4 ? `; … ${violations.length - 4} more` : '');
  const last = walk.pages[walk.pages.length - 1];
  const exchange = exchangeOf(last);
  fail({
    received: shown,
    expected,
    hint: `${describeScenario(scenario)}; ${walk.pages.length} page(s) fetched`,
    ...(exchange ? { exchange } : {}),
  });
}

/** PAG-001: walk forward with starting_after over the scenario. */
export async function forwardWalk(client: TwentyClient, object: CatalogueObject, scenario: Scenario): Promise<void> {
  let walk: Walk | undefined;
  const { truth, violations } = await judgeAgainstTruth(client, object, scenario, async (truth) => {
    walk = await walkForward({
      limit: scenario.limit,
      maxPages: walkPageBound(truth.records.length, scenario.limit),
      fetchPage: scenarioFetcher(client, object, scenario, WALK_TIME_LIMIT_MS),
    });
    return judgeForwardWalk(walk, idsOf(truth.records), scenario.limit);
  });
  if (violations.length > 0 && walk) {
    walkFailure(walk, violations, scenario, `the ${truth.records.length} records of the single-page answer, each once and in its order, with totalCount ${truth.records.length} and era-D pageInfo on every page`);
  }
}

/** PAG-002: walk backward with ending_before from the single-page answer's endCursor. */
export async function backwardWalk(client: TwentyClient, object: CatalogueObject, scenario: Scenario): Promise<void> {
  let walk: Walk | undefined;
  const { truth, violations } = await judgeAgainstTruth(client, object, scenario, async (truth) => {
    walk = undefined;
    const before = truth.pageInfo.endCursor;
    if (truth.records.length === 0) return [];
    if (before === null) return ['the single-page answer has no endCursor to walk back from'];
    walk = await walkBackward({
      limit: scenario.limit,
      maxPages: walkPageBound(truth.records.length, scenario.limit),
      before,
      fetchPage: scenarioFetcher(client, object, scenario, WALK_TIME_LIMIT_MS),
    });
    return judgeBackwardWalk(walk, idsOf(truth.records), scenario.limit);
  });
  if (violations.length === 0) return;
  if (!walk) fail({ received: violations.join('; '), expected: 'an endCursor on a non-empty page', exchange: truth.exchange });
  walkFailure(walk, violations, scenario, `the ${truth.records.length - 1} records before the last one, in the single-page answer's order, with era-D pageInfo`);
}

/** PAG-003: walk forward, then step back from each page's startCursor with ending_before. */
export async function roundTrips(client: TwentyClient, object: CatalogueObject, scenario: Scenario): Promise<void> {
  let failure: { received: string; exchange?: Exchange } | undefined;
  const { violations } = await judgeAgainstTruth(client, object, scenario, async (truth) => {
    failure = undefined;
    const list = idsOf(truth.records);
    const fetchPage = scenarioFetcher(client, object, scenario, WALK_TIME_LIMIT_MS);
    const forward = await walkForward({ limit: scenario.limit, maxPages: walkPageBound(list.length, scenario.limit), fetchPage });
    for (let k = 1; k < forward.pages.length; k++) {
      const cursor = forward.pages[k]!.pageInfo.startCursor;
      if (cursor === null) continue;
      const back = await fetchPage({ limit: scenario.limit, ending_before: cursor });
      const problems = judgeStepBack(back, list, k, scenario.limit);
      if (problems.length > 0) {
        const exchange = exchangeOf(back);
        failure = { received: problems.join('; '), ...(exchange ? { exchange } : {}) };
        return problems;
      }
    }
    return [];
  });
  if (violations.length > 0) {
    fail({
      received: failure?.received ?? violations.join('; '),
      expected: `page k-1 of the forward walk (pages of ${scenario.limit}), in the same order`,
      hint: describeScenario(scenario),
      ...(failure?.exchange ? { exchange: failure.exchange } : {}),
    });
  }
}
