// PAG-*: cursor walks forward and backward, round trips, era-D pageInfo,
// totalCount, limit default and clamping, cursor errors (contract §5, §12.4,
// §12.5, §12.9). Walks are judged against the server's own single-page answer
// to the same filter and order (scenario.ts), bounded in pages and time.
import { randomUUID } from 'node:crypto';
import type { Exchange } from '../generators/client/exchange.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { rankPaths, type RankedPath } from '../generators/order/order-cases.ts';
import { cursorRefusal, judgeCursorRefusal } from '../generators/pagination/cursor-refusal.ts';
import { pageLimits } from '../generators/pagination/limits.ts';
import { idsOf, judgeClampedLimit, judgeDefaultLimit, judgeForwardPage, judgeLastPage, judgeTotalCount } from '../generators/pagination/page-rules.ts';
import { describeScenario, knownScenarios, scenarioArb, smokeScenario, type Scenario } from '../generators/pagination/scenario.ts';
import { defineCheck } from './support/define-check.ts';
import { listPage, pageOf, type ListedPage, type RecordJson } from './support/list-pages.ts';
import { idFilter, sortablePaths, textPolicyOf } from './support/ordering/probe.ts';
import { backwardWalk, forwardWalk, roundTrips } from './support/pagination/walks.ts';
import { subjectObjects } from './support/subjects.ts';
import { checkProperty } from './support/property.ts';
import { loadRunState } from '../runtime/run-state.ts';
import type { Samples } from './support/samples.ts';
import { tooFewRecords } from './support/too-few-records.ts';
import { fail, inconclusive } from './support/verdicts.ts';

const runState = loadRunState();
const { catalogue } = runState;
const smoke = runState.config.profile === 'smoke';
const policy = textPolicyOf(runState);
/** Scenarios stay small so a walk with limit 1 still takes few requests (install: 450 requests in all). */
const SCENARIO_RECORDS = runState.config.profile === 'install' ? 6 : 12;
/** A walk costs several requests a run: gate keeps 15 runs, install (3000-request budget) 8. */
const WALK_RUNS = Math.min(runState.config.runs, runState.config.profile === 'install' ? 8 : 15);

interface Prepared {
  records: RecordJson[];
  ranked: RankedPath[];
}

async function prepare(samples: Samples, object: CatalogueObject): Promise<Prepared> {
  const sample = await samples.of(object);
  const records = sample.records.filter((record) => typeof record['id'] === 'string');
  if (records.length < 2) tooFewRecords(object, `fewer than two ${object.plural} records to paginate (sampled ${records.length})`);
  // Composite sub-field orders with cursors are UNCONFIRMED in Twenty (contract §4): walks order by plain fields only.
  const plain = sortablePaths(object).filter((entry) => entry.path.length === 1);
  return { records, ranked: rankPaths(plain, records, policy) };
}

/** A page's era-D pageInfo (PAG-004's judge); the first violation fails the check. */
function expectForwardPage(page: ListedPage, asked: { startingAfter: boolean; remaining?: number; ids?: string[] }, what: string): void {
  const problems = judgeForwardPage(page, asked);
  if (problems.length > 0) fail({ received: problems.join('; '), expected: `era-D pageInfo for ${what}`, exchange: page.exchange });
}

function expectRefusal(exchange: Exchange, message: string, what: string): void {
  const problems = judgeCursorRefusal({ status: exchange.status, json: exchange.json, body: exchange.responseBody }, message);
  if (problems.length > 0) fail({ received: problems.join('; '), expected: `${cursorRefusal(message)} for ${what}`, exchange });
}

async function walkProperty(
  id: string,
  object: CatalogueObject,
  prepared: Prepared,
  body: (scenario: Scenario) => Promise<void>,
): Promise<void> {
  if (smoke) return body(smokeScenario(prepared.records));
  await checkProperty(scenarioArb(object, prepared.records, prepared.ranked, SCENARIO_RECORDS), body, {
    runSeed: runState.config.seed,
    key: `${id} ${object.plural}`,
    runs: WALK_RUNS,
    describe: describeScenario,
    shrink: true,
    examples: knownScenarios(prepared.records, prepared.ranked, SCENARIO_RECORDS),
  });
}

for (const object of subjectObjects('PAG-001', runState)) {
  defineCheck('PAG-001', object.plural, async ({ client, samples }) => {
    const prepared = await prepare(samples, object);
    await walkProperty('PAG-001', object, prepared, (scenario) => forwardWalk(client, object, scenario));
  });

  defineCheck('PAG-002', object.plural, async ({ client, samples }) => {
    const prepared = await prepare(samples, object);
    await walkProperty('PAG-002', object, prepared, (scenario) => backwardWalk(client, object, scenario));
  });

  defineCheck('PAG-003', object.plural, async ({ client, samples }) => {
    const prepared = await prepare(samples, object);
    await walkProperty('PAG-003', object, prepared, (scenario) => roundTrips(client, object, scenario));
  });

  defineCheck('PAG-004', object.plural, async ({ client, samples }) => {
    const prepared = await prepare(samples, object);
    const ids = idsOf(prepared.records.slice(0, 6));
    const filter = idFilter(ids);
    const all = await listPage(client, object, { filter, limit: ids.length + 1 });
    const list = idsOf(all.records);
    const n = list.length;
    if (n < 2) inconclusive(`the ${ids.length} sampled ${object.plural} records are no longer there`);
    expectForwardPage(all, { startingAfter: false, remaining: 0, ids: list }, 'a first page holding the whole list');
    const first = await listPage(client, object, { filter, limit: 1 });
    expectForwardPage(first, { startingAfter: false, remaining: n - 1, ids: list.slice(0, 1) }, 'the first page of a longer list (limit=1)');
    const blank = await listPage(client, object, { filter, limit: 1, starting_after: '' });
    expectForwardPage(blank, { startingAfter: false, remaining: n - 1, ids: list.slice(0, 1) }, 'starting_after= (empty, ignored: the first page)');
    const head = await listPage(client, object, { filter, limit: n - 1 });
    expectForwardPage(head, { startingAfter: false, remaining: 1, ids: list.slice(0, n - 1) }, `all but the last record (limit=${n - 1})`);
    const tail = await listPage(client, object, { filter, limit: n, starting_after: head.pageInfo.endCursor ?? '' });
    expectForwardPage(tail, { startingAfter: true, remaining: 0, ids: list.slice(n - 1) }, 'the last page, after the endCursor of the page before it');
    const beyond = await listPage(client, object, { filter, limit: 1, starting_after: all.pageInfo.endCursor ?? '' });
    expectForwardPage(beyond, { startingAfter: true, remaining: 0, ids: [] }, 'the empty page after the last record');
    const none = await listPage(client, object, { filter: idFilter([randomUUID()]), limit: 1 });
    expectForwardPage(none, { startingAfter: false, remaining: 0, ids: [] }, 'a filter that matches nothing');
  });

  defineCheck('PAG-005', object.plural, async ({ client, samples }) => {
    const prepared = await prepare(samples, object);
    const ids = idsOf(prepared.records.slice(0, Math.max(1, Math.min(5, prepared.records.length - 1))));
    const filter = idFilter(ids);
    const all = await listPage(client, object, { filter, limit: ids.length + 1 });
    const expected = all.records.length;
    const probes: [string, ListedPage][] = [['the whole filtered list', all]];
    probes.push(['limit=1', await listPage(client, object, { filter, limit: 1 })]);
    if (all.pageInfo.startCursor) {
      probes.push(['limit=1 after the first record', await listPage(client, object, { filter, limit: 1, starting_after: all.pageInfo.startCursor })]);
    }
    if (all.pageInfo.endCursor) {
      probes.push(['ending_before the last record', await listPage(client, object, { filter, limit: 1, ending_before: all.pageInfo.endCursor })]);
    }
    for (const [what, page] of probes) {
      const problems = judgeTotalCount(page, expected, what);
      if (problems.length > 0) {
        fail({
          received: problems.join('; '),
          expected: `totalCount ${expected}: the records matching id[in]:[${ids.length} ids], whatever the cursor and limit`,
          exchange: page.exchange,
        });
      }
    }
  });

  defineCheck('PAG-006', object.plural, async ({ client }) => {
    const maximum = catalogue.limit.maximum;
    if (maximum === null) inconclusive("the document's limit parameter declares no maximum");
    const exchange = await client.request({ method: 'GET', path: object.listPath, query: { limit: String(maximum + 1) } });
    const page = exchange.status === 200 ? pageOf(exchange, object) : undefined;
    const problems = judgeClampedLimit({ status: exchange.status, body: exchange.responseBody }, page, maximum);
    if (problems.length > 0) {
      const expected = page ? `at most ${maximum} records (the document's maximum)` : `200: limit=${maximum + 1} is clamped to ${maximum}, not refused`;
      fail({ received: problems.join('; '), expected, exchange });
    }
  });

  defineCheck('PAG-007', object.plural, async ({ client }) => {
    const defaultLimit = pageLimits(catalogue).default;
    const queries: Record<string, string>[] = [{}, { limit: '' }];
    for (const query of queries) {
      const exchange = await client.request({ method: 'GET', path: object.listPath, query });
      const page = pageOf(exchange, object);
      const problems = judgeDefaultLimit(page, defaultLimit, catalogue.limit.maximum);
      if (problems.length > 0) {
        fail({ received: problems.join('; '), expected: `min(totalCount, ${defaultLimit}) records for ${'limit' in query ? 'limit= (empty)' : 'no limit'}`, exchange });
      }
    }
  });

  defineCheck('PAG-008', object.plural, async ({ client }) => {
    const cursor = 'invalid-cursor';
    // The same request succeeds without the cursor; each probe adds only the bad cursor.
    await listPage(client, object, { limit: 1 });
    for (const parameter of ['starting_after', 'ending_before'] as const) {
      const exchange = await client.request({ method: 'GET', path: object.listPath, query: { limit: '1', [parameter]: cursor } });
      expectRefusal(exchange, `Invalid cursor: ${cursor}`, `${parameter}=${cursor}`);
    }
  });

  defineCheck('PAG-009', object.plural, async ({ client }) => {
    const first = await listPage(client, object, { limit: 1 });
    const cursor = first.pageInfo.endCursor;
    if (cursor === null) inconclusive(`no ${object.plural} record, so no cursor to send`);
    // A page without its endCursor is PAG-004's failure; here it only leaves nothing to send.
    if (typeof cursor !== 'string') inconclusive(`the first page of ${object.plural} carries no endCursor, so there is no cursor to send`);
    await listPage(client, object, { limit: 1, starting_after: cursor });
    const exchange = await client.request({ method: 'GET', path: object.listPath, query: { limit: '1', starting_after: cursor, ending_before: cursor } });
    expectRefusal(exchange, 'Cannot provide both before and after', 'starting_after and ending_before together');
  });

  defineCheck('PAG-010', object.plural, async ({ client, samples }) => {
    const prepared = await prepare(samples, object);
    const ids = idsOf(prepared.records.slice(0, 5));
    const filter = idFilter(ids);
    const all = await listPage(client, object, { filter, limit: ids.length + 1 });
    const list = idsOf(all.records);
    const limit = 2;
    const last = await listPage(client, object, { filter, limit, ending_before: '' });
    const problems = judgeLastPage(last, list, limit);
    if (problems.length > 0) {
      fail({ received: problems.join('; '), expected: `the last ${limit} of the ${list.length} filtered records, in order (a backward scan with no cursor)`, exchange: last.exchange });
    }
  });
}
