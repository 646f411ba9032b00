// PAG-011: order_by by composite sub-fields (`name.firstName,name.lastName`,
// `amount.amountMicros`; contract §4, §12). One page of the check's records is
// sorted by each sub-field in turn, where the order is decidable on the target
// (generators/order/decidable-order.ts), and the forward and backward cursor walks
// give the very order of that page (§5.3).
import type { FieldResolver } from '../filter/field-resolver.ts';
import { describeViolation, firstOrderViolation, type TextPolicy } from '../order/decidable-order.ts';
import { parseOrderBy } from '../order/grammar.ts';
import { idOf, type Finding, type RecordJson } from './finding.ts';

export interface CompositeOrderObservation {
  orderBy: string;
  /** The records in one page, as ordered by the server. */
  page: readonly RecordJson[];
  resolve: FieldResolver;
  policy: TextPolicy;
  /** The page size of the walks, and the ids each walk gave in list order. */
  limit: number;
  forward: readonly string[];
  backward: readonly string[];
}

export function judgeCompositeOrder(seen: CompositeOrderObservation): Finding | null {
  const items = parseOrderBy(seen.orderBy);
  const violation = firstOrderViolation(seen.page, items, seen.resolve, seen.policy);
  if (violation) return { received: `order_by=${seen.orderBy}: ${describeViolation(seen.page, violation, items)}`, expected: 'records sorted by each sub-field in turn' };
  const expected = seen.page.map(idOf);
  for (const [walk, got] of [['forward', seen.forward], ['backward', seen.backward]] as const) {
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      return { received: `the ${walk} walk (limit ${seen.limit}) gives ${got.length} records in another order`, expected: `the ${expected.length} records in the order of one page, for order_by=${seen.orderBy}` };
    }
  }
  return null;
}
