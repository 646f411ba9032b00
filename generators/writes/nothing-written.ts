// Pure: the rule WRITE-010 and WRITE-040 share (contract §1.3, §1.4;
// REAL-WORKSPACE.md §2.3): a refused request leaves no trace, and a refused batch
// writes none of its records. The spec counts, per body it sent, the records
// carrying that body's tag (soft-deleted ones included); any is a failure.
import type { Answer, WriteFinding } from './write-answer.ts';

/** How many records carry one sent body's tag, and the list answer that says so. */
export interface TaggedCount<A extends Answer = Answer> {
  tag: string;
  count: number;
  exchange: A;
}

/** The first sent body of a refused request whose tag is found; `refused` names the request, `expected` the rule's wording. */
export function judgeNothingWritten<A extends Answer>(counts: readonly TaggedCount<A>[], refused: string, expected: string, hint?: string): WriteFinding<A> | null {
  const written = counts.find((entry) => entry.count !== 0);
  if (!written) return null;
  return { received: `${written.count} record(s) tagged ${written.tag} exist after the refused ${refused}`, expected, ...(hint ? { hint } : {}), exchange: written.exchange };
}
