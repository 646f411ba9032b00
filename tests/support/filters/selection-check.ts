// The I/O half of the filter checks: build the universe of known records for an
// object, ask the server for a filter's answer over it, and re-read the records
// behind a mismatch once, so a record another client changed, created or deleted
// meanwhile is not blamed on the filter. The rule itself is
// generators/filter/selection-judge.ts.
import { BudgetExhaustedError } from '../../../generators/client/errors.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import { fieldPaths, resolverFor, type FieldPath } from '../../../generators/fixtures/catalogue-resolver.ts';
import type { FilterNode } from '../../../generators/filter/ast.ts';
import { precisePaths } from '../../../generators/filter/filterable-paths.ts';
import { printFilter } from '../../../generators/filter/grammar.ts';
import type { FieldResolver } from '../../../generators/filter/oracle.ts';
import type { RelatedAnswers, RelatedFilters } from '../../../generators/filter/metamorphic.ts';
import { idsToReread, type SelectionObservation } from '../../../generators/filter/selection-judge.ts';
import { idOf, idsLeaf, restrictToIds, spreadSubset, type RecordJson } from '../../../generators/filter/selection.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { walkForward, walkRecords } from '../../../generators/pagination/walk.ts';
import type { ConformanceFixtures } from '../../fixtures.ts';
import { listPage, pageFetcher } from '../list-pages.ts';
import { samplePageSize } from '../samples.ts';

export interface Universe {
  object: CatalogueObject;
  /** Every record the answer may contain, as the sample read them. */
  records: RecordJson[];
  /** True: queries are wrapped in `and(id[in]:[…],F)`; false: the records are the whole object. */
  restricted: boolean;
  pageSize: number;
  paths: FieldPath[];
  resolve: FieldResolver;
}

/**
 * The whole object when the sample holds all of it in one page; otherwise (or
 * when `forceRestricted`) up to one page of sampled ids, spread over the sample.
 */
export async function universeOf(
  { samples, catalogue, runState }: ConformanceFixtures,
  object: CatalogueObject,
  options: { forceRestricted?: boolean } = {},
): Promise<Universe> {
  const sample = await samples.of(object);
  const pageSize = samplePageSize(catalogue);
  const whole = sample.complete && sample.records.length <= pageSize && !options.forceRestricted;
  const records = whole ? sample.records : spreadSubset(sample.records, pageSize);
  return {
    object,
    records,
    restricted: !whole,
    pageSize,
    paths: precisePaths(fieldPaths(object), { embeddedReference: runState.target.embeddedReference }),
    resolve: resolverFor(object),
  };
}

export interface Answer {
  ids: string[];
  totalCount: number;
  /** The walk ended before the server said there was nothing more. */
  truncated: boolean;
  exchange: Exchange;
  /** The filter as sent (with the universe restriction, if any). */
  sent: string;
}

/** The filter string sent for F: wrapped in the universe's id list when restricted. */
export function sentFor(universe: Universe, filter: FilterNode): string {
  return printFilter(universe.restricted ? restrictToIds(filter, universe.records.map(idOf)) : filter);
}

/** The server's answer to a filter string (a bounded forward walk). */
export async function answerOf({ client }: ConformanceFixtures, universe: Universe, sent: string): Promise<Answer> {
  const walk = await walkForward({ limit: universe.pageSize, maxPages: 3, fetchPage: pageFetcher(client, universe.object, { filter: sent }) });
  const first = walk.pages[0] as (typeof walk.pages)[number] & { exchange: Exchange };
  return { ids: walkRecords(walk).map(idOf), totalCount: first.totalCount, truncated: walk.truncated, exchange: first.exchange, sent };
}

/** What the selection judge needs of one filter string, and the exchange that shows it. */
export interface ObservedSelection {
  observation: SelectionObservation;
  exchange: Exchange;
}

/** The server's answer to F over the universe (F wrapped in the id list when restricted). */
export function observeSelection(fixtures: ConformanceFixtures, universe: Universe, filter: FilterNode, why?: string): Promise<ObservedSelection> {
  return observeAnswer(fixtures, universe, sentFor(universe, filter), filter, why);
}

/**
 * The same for a filter string sent as given (`meaning` is what the oracle
 * evaluates: the parse of that string, restriction included). When the answer
 * differs from the oracle's, the records behind the difference are read once more
 * so the judge can tell another client's write from the filter's fault.
 */
export async function observeAnswer(fixtures: ConformanceFixtures, universe: Universe, sent: string, meaning: FilterNode, why?: string): Promise<ObservedSelection> {
  const answer = await answerOf(fixtures, universe, sent);
  const observation: SelectionObservation = {
    plural: universe.object.plural,
    sent,
    meaning,
    universe: universe.records,
    resolve: universe.resolve,
    answer: { ids: answer.ids, totalCount: answer.totalCount, truncated: answer.truncated },
    ...(why ? { why } : {}),
  };
  const ids = idsToReread(observation, universe.pageSize);
  if (ids.length === 0) return { observation, exchange: answer.exchange };
  return { observation: { ...observation, reread: await reread(fixtures, universe, ids) }, exchange: answer.exchange };
}

/** The records with these ids as they are now, or 'budget-spent' when the budget does not allow the read. */
async function reread(fixtures: ConformanceFixtures, universe: Universe, ids: readonly string[]): Promise<RecordJson[] | 'budget-spent'> {
  try {
    const page = await listPage(fixtures.client, universe.object, { filter: printFilter({ type: 'and', children: [idsLeaf(ids)] }), limit: universe.pageSize });
    return page.records;
  } catch (error) {
    if (error instanceof BudgetExhaustedError) return 'budget-spent';
    throw error;
  }
}

/** The answers to related filters (FLT-010), and each answer's exchange. */
export interface ObservedLaws {
  answers: RelatedAnswers;
  exchanges: Partial<Record<keyof RelatedFilters, Exchange>>;
}

/** Asks the filters named by `keys` one after another (`f` must be among them). */
export async function observeLaws(fixtures: ConformanceFixtures, universe: Universe, related: RelatedFilters, keys: readonly (keyof RelatedFilters)[]): Promise<ObservedLaws> {
  const answers: Partial<Record<keyof RelatedFilters, readonly string[]>> = {};
  const exchanges: Partial<Record<keyof RelatedFilters, Exchange>> = {};
  for (const key of keys) {
    const answer = await answerOf(fixtures, universe, sentFor(universe, related[key]));
    answers[key] = answer.ids;
    exchanges[key] = answer.exchange;
  }
  return { answers: answers as RelatedAnswers, exchanges };
}
