// Which records a bulk write by filter must touch (issue 13: update many, delete
// many, restore many). The suite writes a few records of its own, picks a filter
// whose answer among them is a proper, non-empty subset (the filter probes'
// families, so the rule decides the answer), restricts it to their ids, and lets
// the filter oracle say which ids the server must change. Pure: no I/O.
import type { FieldPath } from '../fixtures/catalogue-resolver.ts';
import type { FilterNode } from '../filter/ast.ts';
import type { FieldResolver } from '../filter/oracle.ts';
import { andOrProbes, boundProbes, neqNullProbes, notProbes, type Probe } from '../filter/probes.ts';
import { diffSelections, idOf, isEmptyDiff, restrictToIds, selectIds, type RecordJson } from '../filter/selection.ts';

export interface BulkSelection {
  /** `and(id[in]:[every record],F)`: the id scope first, so the write never reaches other data. */
  filter: FilterNode;
  /** The ids F selects among the records (the oracle's answer). */
  selected: string[];
  why: string;
}

/** The first probe whose answer among `records` is neither empty nor all of them. */
export function chooseBulkSelection(paths: readonly FieldPath[], records: readonly RecordJson[], resolve: FieldResolver): BulkSelection | undefined {
  const ids = records.map(idOf);
  const families: Probe[] = [...andOrProbes(paths, records), ...boundProbes(paths, records), ...neqNullProbes(paths, records), ...notProbes(paths, records)];
  for (const probe of families) {
    const selected = selectIds(probe.filter, records, resolve);
    if (selected.length > 0 && selected.length < records.length) return { filter: restrictToIds(probe.filter, ids), selected, why: probe.why };
  }
  return undefined;
}

export interface BulkVerdict {
  ok: boolean;
  /** Ids the filter selects that the write left alone. */
  missing: string[];
  /** Ids the write touched that the filter does not select. */
  extra: string[];
}

/** Compares the ids a bulk write touched with the ids the filter selects. */
export function judgeBulkWrite(selected: readonly string[], touched: readonly string[]): BulkVerdict {
  const diff = diffSelections(selected, touched);
  return { ok: isEmptyDiff(diff), missing: diff.missing, extra: diff.unexpected };
}

export function describeBulkVerdict(verdict: BulkVerdict): string {
  const parts: string[] = [];
  if (verdict.extra.length) parts.push(`${verdict.extra.length} record(s) the filter does not select were changed (${verdict.extra.slice(0, 3).join(', ')})`);
  if (verdict.missing.length) parts.push(`${verdict.missing.length} selected record(s) were left alone (${verdict.missing.slice(0, 3).join(', ')})`);
  return parts.join('; ') || 'exactly the selected records';
}
