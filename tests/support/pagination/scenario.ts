// Reading a pagination scenario's pages (generators/pagination/scenario.ts says
// what a scenario is). Its truth is the server's own single-page answer to the
// same filter and order: a walk must reproduce it exactly, so the walks never
// depend on collation.
import type { TwentyClient } from '../../../runtime/client/twenty-client.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { idsOf, sequenceDifference } from '../../../generators/pagination/page-rules.ts';
import { describeScenario, filterOf, orderOf, type Scenario } from '../../../generators/pagination/scenario.ts';
import type { FetchPage, Page } from '../../../generators/pagination/walk.ts';
import { memoListPage, pageFetcher, type ListedPage, type RecordJson } from '../list-pages.ts';
import { inconclusive } from '../verdicts.ts';

export function exchangeOf(page: Page | undefined): Exchange | undefined {
  return (page as Partial<ListedPage> | undefined)?.exchange;
}

/**
 * The server's whole answer to the scenario's filter and order in one page (the
 * memo shares it between checks). More records than the filter names means the
 * id[in] filter did not pin the set: the scenario cannot be judged.
 */
export async function truthOf(client: TwentyClient, object: CatalogueObject, scenario: Scenario, fresh = false): Promise<ListedPage> {
  const order = orderOf(scenario);
  const page = await memoListPage(
    client,
    object,
    { filter: filterOf(scenario), ...(order ? { order_by: order } : {}), limit: scenario.ids.length + 1 },
    { fresh },
  );
  if (page.records.length > scenario.ids.length) {
    inconclusive(`filter ${describeScenario(scenario)} returned ${page.records.length} records for ${scenario.ids.length} ids`);
  }
  return page;
}

/** The fetcher of the scenario's pages; a walk that outlives the time bound stops the check. */
export function scenarioFetcher(client: TwentyClient, object: CatalogueObject, scenario: Scenario, timeLimitMs: number): FetchPage<RecordJson> {
  const order = orderOf(scenario);
  const fetch = pageFetcher(client, object, { filter: filterOf(scenario), ...(order ? { order_by: order } : {}) });
  const started = Date.now();
  return (params) => {
    if (Date.now() - started > timeLimitMs) inconclusive(`the walk took longer than ${timeLimitMs / 1000} s (${describeScenario(scenario)})`);
    return fetch(params);
  };
}

/**
 * Runs a judgement against the truth; when it finds violations, the truth is read
 * again, and if the data changed meanwhile (another client writing) the judgement
 * is repeated once on the new truth before its violations count.
 */
export async function judgeAgainstTruth(
  client: TwentyClient,
  object: CatalogueObject,
  scenario: Scenario,
  judge: (truth: ListedPage) => Promise<string[]>,
): Promise<{ truth: ListedPage; violations: string[] }> {
  const truth = await truthOf(client, object, scenario);
  const violations = await judge(truth);
  if (violations.length === 0) return { truth, violations };
  const again = await truthOf(client, object, scenario, true);
  if (sequenceDifference(idsOf(again.records), idsOf(truth.records)) === undefined) return { truth, violations };
  const retried = await judge(again);
  if (retried.length > 0) {
    const third = await truthOf(client, object, scenario, true);
    if (sequenceDifference(idsOf(third.records), idsOf(again.records)) !== undefined) {
      inconclusive(`the ${object.plural} records kept changing while they were paginated (${describeScenario(scenario)})`);
    }
  }
  return { truth: again, violations: retried };
}
