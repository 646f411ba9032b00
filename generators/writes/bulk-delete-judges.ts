// Pure judges of WRITE-008 (contract §1.1, §9): a bulk DELETE without a filter is
// refused with 400 and Twenty's message for its kind (soft: delete, hard: destroy),
// and the records it would have removed are all still there.
import { errorMessageOf } from '../errors/error-body.ts';
import { brief, type Answer, type WriteFinding } from './write-answer.ts';

/** Twenty's message for an unfiltered bulk delete (`soft_delete=true`) or destroy. */
export const bulkRefusalMessage = (soft: boolean): string => `Filters are mandatory for bulk ${soft ? 'delete' : 'destroy'} operations`;

/** WRITE-008: the unfiltered bulk DELETE answered 400 with the message of its kind. */
export function judgeBulkDeleteRefused<A extends Answer>(answer: A, soft: boolean, listPath: string): WriteFinding<A> | null {
  const message = bulkRefusalMessage(soft);
  if (answer.status === 400 && errorMessageOf(answer.json)?.includes(message)) return null;
  return { received: brief(answer), expected: `400 with "${message}" for DELETE ${listPath}${soft ? '?soft_delete=true' : ''} without a filter`, exchange: answer };
}

/** WRITE-008 afterwards: every fixture is still listed. */
export function judgeFixturesKept<A extends Answer>(fixtures: number, listed: { count: number; exchange: A }): WriteFinding<A> | null {
  if (listed.count === fixtures) return null;
  return { received: `${listed.count} of the ${fixtures} fixtures left`, expected: 'every fixture still there after the refused bulk deletes', exchange: listed.exchange };
}
