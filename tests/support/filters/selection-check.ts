// The I/O half of the filter checks: build the universe of known records for an
// object, ask the server for a filter's answer over it, and compare with the
// oracle. A mismatch is re-read once before it is reported, so a record another
// client changed, created or deleted meanwhile is not blamed on the filter.
import { BudgetExhaustedError } from '../../../generators/client/errors.ts';
import type { Exchange } from '../../../generators/client/exchange.ts';
import { fieldPaths, resolverFor, type FieldPath } from '../../../generators/fixtures/catalogue-resolver.ts';
import type { FilterNode } from '../../../generators/filter/ast.ts';
import { precisePaths } from '../../../generators/filter/filterable-paths.ts';
import { printFilter } from '../../../generators/filter/grammar.ts';
import { evaluateFilter, type FieldResolver } from '../../../generators/filter/oracle.ts';
import {
  diffSelections,
  explainRecord,
  idOf,
  idsLeaf,
  isEmptyDiff,
  restrictToIds,
  selectIds,
  spreadSubset,
  type RecordJson,
  type SelectionDiff,
} from '../../../generators/filter/selection.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { walkForward, walkRecords } from '../../../generators/pagination/walk.ts';
import type { ConformanceFixtures } from '../../fixtures.ts';
import { listPage, pageFetcher } from '../list-pages.ts';
import { samplePageSize } from '../samples.ts';
import { fail } from '../verdicts.ts';

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

/**
 * Re-reads the records behind a mismatch and keeps only the differences that the
 * fresh records still explain. Returns the diff unchanged (and says so) when the
 * budget does not allow the re-read.
 */
async function confirmed(
  fixtures: ConformanceFixtures,
  universe: Universe,
  filter: FilterNode,
  diff: SelectionDiff,
): Promise<{ diff: SelectionDiff; fresh: Map<string, RecordJson>; note: string }> {
  const ids = [...new Set([...diff.missing, ...diff.unexpected])].slice(0, universe.pageSize);
  if (ids.length === 0) return { diff, fresh: new Map(), note: '' };
  let page;
  try {
    page = await listPage(fixtures.client, universe.object, { filter: printFilter({ type: 'and', children: [idsLeaf(ids)] }), limit: universe.pageSize });
  } catch (error) {
    if (error instanceof BudgetExhaustedError) return { diff, fresh: new Map(), note: ' (not re-read: request budget spent)' };
    throw error;
  }
  const fresh = new Map(page.records.map((record) => [idOf(record), record]));
  const stillMatches = (id: string) => {
    const record = fresh.get(id);
    return record !== undefined && evaluateFilter(filter, record, universe.resolve);
  };
  return {
    diff: {
      // Gone or changed so that it no longer matches: not the filter's fault.
      missing: diff.missing.filter(stillMatches),
      // Changed or created so that it now matches: not the filter's fault either.
      unexpected: diff.unexpected.filter((id) => !stillMatches(id)),
      duplicates: diff.duplicates,
    },
    fresh,
    note: '',
  };
}

/**
 * Fails the check unless the server returns exactly the universe records the
 * oracle selects for F, and a totalCount equal to the number of records returned.
 */
export function expectSelection(fixtures: ConformanceFixtures, universe: Universe, filter: FilterNode, why?: string): Promise<Answer> {
  return expectAnswer(fixtures, universe, sentFor(universe, filter), filter, why);
}

/**
 * The same for a filter string sent as given (`meaning` is what the oracle
 * evaluates: the parse of that string, restriction included).
 */
export async function expectAnswer(
  fixtures: ConformanceFixtures,
  universe: Universe,
  sent: string,
  meaning: FilterNode,
  why?: string,
): Promise<Answer> {
  const answer = await answerOf(fixtures, universe, sent);
  const expected = selectIds(meaning, universe.records, universe.resolve);
  const first = diffSelections(expected, answer.ids);
  if (!isEmptyDiff(first)) {
    const { diff, fresh, note } = await confirmed(fixtures, universe, meaning, first);
    if (!isEmptyDiff(diff)) {
      const differing = diff.missing[0] ?? diff.unexpected[0] ?? diff.duplicates[0];
      const record = fresh.get(differing ?? '') ?? universe.records.find((r) => idOf(r) === differing);
      const parts = [
        diff.missing.length > 0 ? `missing ${diff.missing.length} [${diff.missing.slice(0, 5).join(', ')}]` : '',
        diff.unexpected.length > 0 ? `unexpected ${diff.unexpected.length} [${diff.unexpected.slice(0, 5).join(', ')}]` : '',
        diff.duplicates.length > 0 ? `duplicated [${diff.duplicates.slice(0, 5).join(', ')}]` : '',
      ].filter(Boolean);
      fail({
        received: `${universe.object.plural} filter=${shorten(sent)} returned ${answer.ids.length} records: ${parts.join('; ')}${note}`,
        expected: `the ${expected.length} record(s) the oracle selects among ${universe.records.length} known ${universe.object.plural}`,
        hint: [why, record ? explainRecord(meaning, record, universe.resolve) : undefined].filter(Boolean).join('; '),
        exchange: answer.exchange,
      });
    }
  }
  if (!answer.truncated && answer.totalCount !== answer.ids.length) {
    fail({
      received: `${universe.object.plural} filter=${shorten(sent)}: totalCount ${answer.totalCount} with ${answer.ids.length} records returned`,
      expected: 'totalCount equal to the number of records the filter selects (contract §5.4)',
      ...(why ? { hint: why } : {}),
      exchange: answer.exchange,
    });
  }
  return answer;
}

/** The id list of a restricted query is long and says nothing: elide it in messages. */
export function shorten(sent: string): string {
  return sent.replace(/id\[in\]:\[[^\]]*\]/, (list) => (list.length > 80 ? 'id[in]:[…universe ids…]' : list));
}
