// ORD-*: order_by directions, NULL placement, the default direction, multi-field
// orders and option order (contract §4). Each probe pins a sampled set of records
// with `id[in]:[…]`, so the whole ordered answer fits in one page, and hands the
// page to the judge its catalogue entry names (generators/order/order-judge.ts):
// exactly those records (none dropped, none added), no pair of records decidedly
// out of order (text only where the target's collation must agree, NULL
// placement always).
import { tooFewRecords } from './support/too-few-records.ts';
import { resolverFor } from '../generators/fixtures/catalogue-resolver.ts';
import type { FieldResolver } from '../generators/filter/field-resolver.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { orderByArb } from '../generators/order/arbitraries.ts';
import { explicitDefaultOrder, judgeDefaultDirection, judgeOrderedPage } from '../generators/order/order-judge.ts';
import { parseOrderBy, type OrderByItem } from '../generators/order/grammar.ts';
import { directionCases, optionOrderedPaths, rankPaths, requestedOrderBy, type RankedPath } from '../generators/order/order-cases.ts';
import { idsOf } from '../generators/pagination/page-rules.ts';
import type { TwentyClient } from '../runtime/client/twenty-client.ts';
import { defineCheck } from './support/define-check.ts';
import type { ListedPage } from './support/list-pages.ts';
import { observeOrderedPage, orderedPage } from './support/ordering/ordered-page.ts';
import { hasOptionOrderedField, sortablePaths, textPolicyOf, universeOf, type Universe } from './support/ordering/probe.ts';
import { checkProperty } from './support/property.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import type { Samples } from './support/samples.ts';
import { fail, inconclusive } from './support/verdicts.ts';

const runState = loadRunState();
const { catalogue } = runState;
const policy = textPolicyOf(runState);
const smoke = runState.config.profile === 'smoke';

async function universeFor(samples: Samples, object: CatalogueObject): Promise<Universe> {
  const sample = await samples.of(object);
  const universe = universeOf(sample.records, 59, catalogue);
  if (!universe || universe.records.length < 2) tooFewRecords(object, `fewer than two ${object.plural} records to order (sampled ${sample.records.length})`);
  return universe;
}

/** One ordered page over the universe, handed to the judge: complete and in order. */
async function expectOrderedPage(client: TwentyClient, object: CatalogueObject, universe: Universe, orderBy: string | undefined, items: readonly OrderByItem[], resolve: FieldResolver, what: string): Promise<ListedPage> {
  const page = await observeOrderedPage(client, object, universe, orderBy);
  const finding = judgeOrderedPage({ universe: idsOf(universe.records), limit: universe.limit, records: page.records, items, resolve, policy, what });
  if (finding) fail({ ...finding, exchange: page.exchange });
  return page;
}

function rankedFor(object: CatalogueObject, universe: Universe): RankedPath[] {
  return rankPaths(sortablePaths(object), universe.records, policy);
}

function firstInformative(ranked: readonly RankedPath[], object: CatalogueObject): RankedPath {
  const best = ranked.find((entry) => entry.decidedPair);
  if (!best) inconclusive(`no sortable ${object.plural} path whose sampled values can show an order`);
  return best;
}

for (const object of subjectObjects('ORD-001', runState)) {
  const resolve = resolverFor(object);

  defineCheck('ORD-001', object.plural, async ({ client, samples }) => {
    const universe = await universeFor(samples, object);
    const ranked = rankedFor(object, universe);
    // Smoke: one path, two directions that differ in both the value order and the NULL side.
    const cases = smoke
      ? directionCases(ranked, 2, ['AscNullsFirst', 'DescNullsLast'])
      : directionCases(ranked, Math.max(4, runState.config.runs));
    if (cases.length === 0) inconclusive(`no sortable ${object.plural} path whose sampled values can show an order`);
    for (const { path, direction } of cases) {
      const orderBy = `${path.join('.')}[${direction}]`;
      await expectOrderedPage(client, object, universe, orderBy, parseOrderBy(orderBy), resolve, `order_by=${orderBy}`);
    }
  });

  defineCheck('ORD-002', object.plural, async ({ client, samples }) => {
    const universe = await universeFor(samples, object);
    const path = firstInformative(rankedFor(object, universe), object).path.join('.');
    const explicitOrder = explicitDefaultOrder(path);
    let implicit = await expectOrderedPage(client, object, universe, path, parseOrderBy(explicitOrder), resolve, `order_by=${path} (default AscNullsFirst)`);
    let explicit = await orderedPage(client, object, universe, explicitOrder);
    const judge = () => judgeDefaultDirection(path, idsOf(implicit.records), idsOf(explicit.records));
    // Another client may have written in between: ask both forms afresh before concluding.
    if (judge()) {
      implicit = await orderedPage(client, object, universe, path, true);
      explicit = await orderedPage(client, object, universe, explicitOrder, true);
    }
    const finding = judge();
    if (finding) fail({ ...finding, exchange: implicit.exchange });
    if (smoke) return;
    await expectOrderedPage(client, object, universe, undefined, parseOrderBy(undefined), resolve, 'id ascending (no order_by)');
  });

  defineCheck('ORD-003', object.plural, async ({ client, samples }) => {
    const universe = await universeFor(samples, object);
    const ranked = rankedFor(object, universe);
    if (ranked.length === 0) inconclusive(`no orderable ${object.plural} path in the document`);
    const informative = ranked.filter((entry) => entry.decidedPair);
    // A low-variety first key followed by a NULL-holding key makes the second key (and id) decide.
    const lowVariety = [...ranked].sort((a, b) => a.distinct - b.distinct)[0]!;
    const second = informative.find((entry) => entry.path.join('.') !== lowVariety.path.join('.'));
    const examples = second
      ? [parseOrderBy(`${lowVariety.path.join('.')}[DescNullsLast],${second.path.join('.')}[DescNullsFirst]`)]
      : [];
    await checkProperty(
      orderByArb(ranked.map((entry) => entry.path), { maxItems: 3 }),
      async (items) => {
        const sent = requestedOrderBy(items);
        await expectOrderedPage(client, object, universe, sent, items, resolve, `order_by=${sent}`);
      },
      {
        runSeed: runState.config.seed,
        key: `ORD-003 ${object.plural}`,
        runs: smoke ? 1 : Math.min(runState.config.runs, 50),
        describe: (items) => `order_by=${requestedOrderBy(items)}`,
        shrink: !smoke,
        examples: smoke ? [] : examples,
      },
    );
  });
}

defineCheck('ORD-004', null, async ({ client, samples }) => {
  let probed = 0;
  for (const object of subjectObjects('ORD-004', runState, hasOptionOrderedField)) {
    const sample = await samples.of(object);
    const universe = universeOf(sample.records, 59, catalogue);
    if (!universe) continue;
    const resolve = resolverFor(object);
    for (const entry of optionOrderedPaths(rankedFor(object, universe))) {
      for (const direction of ['AscNullsLast', 'DescNullsFirst'] as const) {
        const orderBy = `${entry.path.join('.')}[${direction}]`;
        await expectOrderedPage(client, object, universe, orderBy, parseOrderBy(orderBy), resolve, `${object.plural} order_by=${orderBy} (option order)`);
        probed++;
      }
    }
  }
  if (probed === 0) inconclusive('no SELECT or RATING field holds two different sampled values in any object');
});
