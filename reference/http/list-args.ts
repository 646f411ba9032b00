// Turns a find-many query string into engine arguments, in Twenty's order
// (contract §12.10): depth → limit → order_by → filter → ending_before →
// starting_after, then the both-cursors conflict. The first error wins.
import type { FilterNode } from '../../generators/filter/ast.ts';
import { parseFilter } from '../../generators/filter/grammar.ts';
import { OrderByRunnerError, parseOrderBy, type OrderByItem } from '../../generators/order/grammar.ts';
import { badRequest } from '../errors.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import { isCompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { bracketsBalanced, LeakedInternalError, unbalancedFilterSqlMessage } from './internal-errors.ts';
import { parseDepth, readLimit, type LimitBounds } from './query-params.ts';
import { stringParam, type ParsedQuery } from './query-string.ts';
import { isGrammarInputError, RestInputError } from './rest-input-error.ts';
import { useSortPlan } from './sort-plan-cache.ts';

export type ListLimits = LimitBounds;

export interface ListArgs {
  depth: 0 | 1;
  limit: number;
  orderBy: OrderByItem[];
  filter?: FilterNode;
  endingBefore?: string;
  startingAfter?: string;
}

export function readDepth(query: ParsedQuery): 0 | 1 {
  return parseDepth(query['depth']);
}

/**
 * The filter, if a single string was sent. Under `malformed-filter-500` the
 * bracket check is skipped, so an unbalanced filter travels on and fails where
 * SQL is built, and that failure leaks out as a 500.
 */
export function readFilter(raw: string | undefined, fault: ActiveFault): FilterNode | undefined {
  if (raw === undefined) return undefined;
  if (fault.is('malformed-filter-500') && !bracketsBalanced(raw)) {
    throw new LeakedInternalError(unbalancedFilterSqlMessage(raw));
  }
  const filter = parseFilter(raw);
  return fault.is('single-quotes-kept') ? withSingleQuotesKept(filter) : filter;
}

/** `single-quotes-kept`: an unquoting step that strips double quotes only, so 'x' stays 'x' with its quotes. */
function withSingleQuotesKept(node: FilterNode): FilterNode {
  switch (node.type) {
    case 'leaf':
      return node.quote === "'" && typeof node.value === 'string' ? { ...node, value: `'${node.value}'` } : node;
    case 'not':
      return { type: 'not', child: withSingleQuotesKept(node.child) };
    default:
      return { type: node.type, children: node.children.map(withSingleQuotesKept) };
  }
}

/** `invalid-limit-falls-back`: a limit that does not parse is read as absent (a parseInt-or-default helper). */
function limitOrDefault(raw: ParsedQuery[string] | undefined, opts: LimitBounds, fault: ActiveFault): number {
  try {
    return readLimit(raw, opts);
  } catch (error) {
    if (fault.is('invalid-limit-falls-back') && error instanceof RestInputError) return opts.defaultLimit;
    throw error;
  }
}

/** Far above any page the reference can hold: what "no maximum" means under `limit-not-clamped`. */
const UNCLAMPED_MAX_LIMIT = 1_000_000;

/**
 * The query runner's text for an item whose direction is an inherited
 * Object.prototype name (contract §12.2): it depends on the field's kind.
 */
export function runnerOrderByError(object: ObjectDef, error: OrderByRunnerError): RestInputError {
  const field = object.fields.find((candidate) => candidate.name === error.field);
  if (field === undefined) return new RestInputError(`Field "${error.field}" does not exist or is not sortable`);
  if (isCompositeKind(field.kind)) {
    return new RestInputError(
      `Composite field "${field.name}" requires subfield ordering (e.g., { ${field.name}: { subFieldName: 'AscNullsFirst' } })`,
    );
  }
  if (field.kind === 'RELATION') {
    return new RestInputError(
      `Relation field "${field.name}" requires nested field ordering (e.g., { ${field.name}: { fieldName: 'AscNullsFirst' } })`,
    );
  }
  return new RestInputError(error.message);
}

export function readListArgs(object: ObjectDef, query: ParsedQuery, limits: ListLimits, fault: ActiveFault): ListArgs {
  const depth = readDepth(query);
  useSortPlan(object, query['order_by'], fault);
  const maxLimit = fault.is('limit-not-clamped') ? UNCLAMPED_MAX_LIMIT : limits.maxLimit;
  // `absent-limit-uses-maximum`: the default falls through to the maximum.
  const defaultLimit = fault.is('absent-limit-uses-maximum') ? limits.maxLimit : limits.defaultLimit;
  const limit = limitOrDefault(query['limit'], { defaultLimit, maxLimit }, fault);
  // Postgres sorts DESC with NULLS FIRST by default: the realistic shape of this bug.
  const defaultDirection = fault.is('default-direction-desc') ? 'DescNullsFirst' : 'AscNullsFirst';
  // A prototype-name direction passes Twenty's parser and fails later in its runner, so defer it.
  let deferred: RestInputError | undefined;
  let orderBy: OrderByItem[] = [];
  try {
    orderBy = parseOrderBy(query['order_by'], { defaultDirection });
  } catch (error) {
    // `malformed-order-by-ignored`: a parse error is swallowed and the default order used.
    if (fault.is('malformed-order-by-ignored') && isGrammarInputError(error) && !(error instanceof OrderByRunnerError)) orderBy = [];
    else if (!(error instanceof OrderByRunnerError)) throw error;
    else deferred = runnerOrderByError(object, error);
  }
  // `composite-order-second-key-ignored`: a second composite sub-field key is lost after the first.
  if (fault.is('composite-order-second-key-ignored') && orderBy.length >= 2 && orderBy[0]!.path.length === 2 && orderBy[1]!.path.length === 2) {
    orderBy = [orderBy[0]!, ...orderBy.slice(2)];
  }
  const filter = readFilter(stringParam(query, 'filter'), fault);
  const startingAfter = stringParam(query, 'starting_after');
  // `both-cursors-accepted`: no conflict check, starting_after wins; `empty-ending-before-first-page`: '' reads as absent.
  const endingBefore =
    (fault.is('both-cursors-accepted') && startingAfter) || (fault.is('empty-ending-before-first-page') && stringParam(query, 'ending_before') === '')
      ? undefined
      : stringParam(query, 'ending_before');
  // Twenty tests truthiness here, so an empty ending_before escapes the conflict (§12.4).
  if (endingBefore && startingAfter) throw badRequest('Cannot provide both before and after');
  if (deferred) throw deferred;
  const args: ListArgs = { depth, limit, orderBy };
  if (filter !== undefined) args.filter = filter;
  if (endingBefore !== undefined) args.endingBefore = endingBefore;
  // An empty starting_after means "first page" (§12.4); only ending_before keeps ''.
  if (startingAfter) args.startingAfter = startingAfter;
  return args;
}
