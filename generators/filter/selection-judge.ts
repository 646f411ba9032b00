// The rule of every FLT check that compares a filtered list with the oracle
// (FLT-001…009, FLT-011): over a universe of known records, the server returns
// exactly the records the oracle selects, none twice, and a totalCount equal to
// the number it returned (contract §3, §5.4). The probes only choose which rule
// the filter exercises; the judgement is this one function.
//
// A mismatch may be another client's doing (a record changed, created or deleted
// meanwhile): the caller re-reads the records behind it (`idsToReread`) and the
// judge keeps only the differences the fresh records still explain.
import type { FilterNode } from './ast.ts';
import { evaluateFilter, type FieldResolver } from './oracle.ts';
import { diffSelections, explainRecord, idOf, isEmptyDiff, selectIds, type RecordJson, type SelectionDiff } from './selection.ts';
import type { Finding } from '../checks/finding.ts';
export type { Finding };


/** What a selection check saw: the question, the universe it was asked over, and the answer. */
export interface SelectionObservation {
  plural: string;
  /** The filter string as sent (with the universe's id restriction, if any). */
  sent: string;
  /** What the oracle evaluates: the meaning of `sent`. */
  meaning: FilterNode;
  /** Every record the answer may contain, as they were read before asking. */
  universe: readonly RecordJson[];
  resolve: FieldResolver;
  /** The ids returned (in order), the totalCount, and whether the walk stopped before the end. */
  answer: { ids: readonly string[]; totalCount: number; truncated: boolean };
  /**
   * The records behind a mismatch read again (`idsToReread`), or 'budget-spent'
   * when the request budget did not allow it. Absent: nothing was re-read.
   */
  reread?: readonly RecordJson[] | 'budget-spent';
  /** The rule the filter exercises, for the hint. */
  why?: string;
}

function firstDiff(observation: SelectionObservation): SelectionDiff {
  return diffSelections(selectIds(observation.meaning, observation.universe, observation.resolve), observation.answer.ids);
}

/** The ids to read again before a mismatch is blamed on the filter (at most `max`); [] when the answer matches. */
export function idsToReread(observation: SelectionObservation, max: number): string[] {
  const diff = firstDiff(observation);
  return [...new Set([...diff.missing, ...diff.unexpected])].slice(0, max);
}

/** The differences the re-read records still explain, and the re-read records by id. */
function confirmed(observation: SelectionObservation, diff: SelectionDiff): { diff: SelectionDiff; fresh: Map<string, RecordJson>; note: string } {
  const { reread } = observation;
  if (reread === undefined) return { diff, fresh: new Map(), note: '' };
  if (reread === 'budget-spent') return { diff, fresh: new Map(), note: ' (not re-read: request budget spent)' };
  const fresh = new Map(reread.map((record) => [idOf(record), record]));
  const stillMatches = (id: string) => {
    const record = fresh.get(id);
    return record !== undefined && evaluateFilter(observation.meaning, record, observation.resolve);
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
 * Null when the answer holds exactly the records the oracle selects and its
 * totalCount counts them (when the walk reached the end); else the first thing wrong.
 */
export function judgeSelection(observation: SelectionObservation): Finding | null {
  const { plural, sent, meaning, universe, resolve, answer, why } = observation;
  const expected = selectIds(meaning, universe, resolve);
  const first = diffSelections(expected, answer.ids);
  if (!isEmptyDiff(first)) {
    const { diff, fresh, note } = confirmed(observation, first);
    if (!isEmptyDiff(diff)) {
      const differing = diff.missing[0] ?? diff.unexpected[0] ?? diff.duplicates[0];
      const record = fresh.get(differing ?? '') ?? universe.find((r) => idOf(r) === differing);
      const parts = [
        diff.missing.length > 0 ? `missing ${diff.missing.length} [${diff.missing.slice(0, 5).join(', ')}]` : '',
        diff.unexpected.length > 0 ? `unexpected ${diff.unexpected.length} [${diff.unexpected.slice(0, 5).join(', ')}]` : '',
        diff.duplicates.length > 0 ? `duplicated [${diff.duplicates.slice(0, 5).join(', ')}]` : '',
      ].filter(Boolean);
      return {
        received: `${plural} filter=${shorten(sent)} returned ${answer.ids.length} records: ${parts.join('; ')}${note}`,
        expected: `the ${expected.length} record(s) the oracle selects among ${universe.length} known ${plural}`,
        hint: [why, record ? explainRecord(meaning, record, resolve) : undefined].filter(Boolean).join('; '),
      };
    }
  }
  if (!answer.truncated && answer.totalCount !== answer.ids.length) {
    return {
      received: `${plural} filter=${shorten(sent)}: totalCount ${answer.totalCount} with ${answer.ids.length} records returned`,
      expected: 'totalCount equal to the number of records the filter selects (contract §5.4)',
      ...(why ? { hint: why } : {}),
    };
  }
  return null;
}

/** The id list of a restricted query is long and says nothing: elide it in messages. */
export function shorten(sent: string): string {
  return sent.replace(/id\[in\]:\[[^\]]*\]/, (list) => (list.length > 80 ? 'id[in]:[…universe ids…]' : list));
}
