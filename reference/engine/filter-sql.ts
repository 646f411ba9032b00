// FilterNode → a parameterised SQL condition, validated against the datamodel with
// Twenty's error texts (contract §3.3) and Twenty's SQL meaning per operator
// (§3.4): Postgres's own three-valued logic, TEXT null-equivalence, 1 ms windows
// for DATE_TIME. The filter faults are switched here, where each bug would live.
import { operatorsFor } from './operators.ts';
import type { FilterLeaf, FilterNode } from '../../generators/filter/ast.ts';
import { badRequest } from '../errors.ts';
import { quoteIdent } from '../schema/identifiers.ts';
import { renderElementType, toParam } from '../schema/column-sql.ts';
import { resolvePath, type ResolvedColumn } from './field-paths.ts';
import { columnsOfField } from '../schema/columns.ts';
import { checkIsValue, coerceFilterValue } from './filter-values.ts';
import type { QueryContext } from './query-context.ts';

/** Soft-deleted rows are hidden unless the filter mentions deletedAt anywhere (§3.4). */
export function mentionsDeletedAt(node: FilterNode | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'leaf':
      return node.path[0] === 'deletedAt';
    case 'not':
      return mentionsDeletedAt(node.child);
    default:
      return node.children.some(mentionsDeletedAt);
  }
}

export function compileFilter(node: FilterNode, ctx: QueryContext, nested = false): string {
  switch (node.type) {
    case 'leaf':
      return compileLeaf(node, ctx);
    case 'not': {
      const child = compileFilter(node.child, ctx, true);
      return ctx.fault.is('not-ignored') ? child : `(NOT ${child})`;
    }
    case 'and':
    case 'or': {
      if (node.children.length === 0) return 'TRUE';
      // `one-child-group-ignored`: a nested group is compiled only from two children on (the root list has its own path).
      if (nested && node.children.length === 1 && ctx.fault.is('one-child-group-ignored')) return 'TRUE';
      const joiner = node.type === 'or' && !ctx.fault.is('or-evaluated-as-and') ? ' OR ' : ' AND ';
      return `(${node.children.map((child) => compileFilter(child, ctx, true)).join(joiner)})`;
    }
  }
}

function operatorError(comparator: string, label: string, kind: string): never {
  const allowed = operatorsFor(kind);
  throw badRequest(`Operator "${comparator}" is not valid for field "${label}" of type ${kind} - Allowed operators: ${allowed.join(', ')}`);
}

function resolveLeaf(leaf: FilterLeaf, ctx: QueryContext): ResolvedColumn | null {
  const resolution = resolvePath(ctx.object, leaf.path, leaf.comparator, (field) => ctx.objectNamed(field.relation!.target));
  if (!resolution.ok) {
    switch (resolution.reason) {
      case 'unknown-field':
        // `unknown-filter-field-ignored`: the leaf is dropped, as if the filter did not name it.
        if (ctx.fault.is('unknown-filter-field-ignored')) return null;
        throw badRequest(`Object ${ctx.object.nameSingular} doesn't have any "${resolution.key}" field.`);
      case 'composite-needs-sub-field':
        throw badRequest(`Sub field "${resolution.subKey}" not found for composite type: ${resolution.field.kind}`);
      case 'relation-by-name':
        throw badRequest(`Cannot filter by relation field "${resolution.field.name}": use "${resolution.field.relation!.joinColumn}" instead`);
      case 'one-to-many':
        throw badRequest(`Cannot filter by relation field "${resolution.field.name}"`);
      case 'too-deep':
        // Our own text: the contract only says deeper paths are an error.
        throw badRequest(`Cannot filter by relation field "${leaf.path.join('.')}": only one level of relation can be traversed`);
    }
  }
  const resolved = resolution.resolved;
  // Path segments beyond the column read as an operator, as in Twenty's object form.
  const extra = leaf.path[resolved.consumed];
  if (extra !== undefined) operatorError(extra, resolved.label, resolved.operatorKind);
  if (!operatorsFor(resolved.operatorKind).includes(leaf.comparator)) {
    operatorError(leaf.comparator, resolved.label, resolved.operatorKind);
  }
  return resolved;
}

/** The kind of null-equivalence a value has for a column (contract §3.4, Twenty's findPostgresDefaultNullEquivalentValue). */
function nullEquivalence(resolved: ResolvedColumn, value: string | string[]): 'text' | 'array' | null {
  const { column } = resolved;
  // Not null-equivalent: a currency code, and a rich text's BlockNote JSON (only its Markdown is).
  if (column.kind === 'TEXT' && column.subField !== 'currencyCode' && column.subField !== 'blocknote') {
    return value === '' || value === 'NULL' ? 'text' : null;
  }
  if (column.kind === 'ARRAY' || column.kind === 'MULTI_SELECT') {
    return value === 'NULL' || (Array.isArray(value) && value.length === 0) ? 'array' : null;
  }
  return null;
}

function scalarValue(leaf: FilterLeaf): string {
  if (Array.isArray(leaf.value)) throw badRequest(`Invalid filter value for "${leaf.comparator}" operator: expected a single value`);
  return leaf.value;
}

function listValue(leaf: FilterLeaf): string[] {
  if (!Array.isArray(leaf.value)) throw badRequest(`Invalid filter value for "${leaf.comparator}" operator: expected an array`);
  return leaf.value;
}

/**
 * `composite-sub-field-reads-sibling`: an off-by-one in the sub-field's column
 * lookup, so a text sub-field other than the first reads the text column declared
 * before it (name.lastName compares name.firstName).
 */
function siblingColumn(leaf: FilterLeaf, resolved: ResolvedColumn, ctx: QueryContext): ResolvedColumn['column'] {
  const { column } = resolved;
  const field = ctx.object.fields.find((candidate) => candidate.name === leaf.path[0]);
  if (resolved.via || !field || column.subField === undefined || column.kind !== 'TEXT') return column;
  const columns = columnsOfField(ctx.object, field);
  const previous = columns[columns.findIndex((candidate) => candidate.name === column.name) - 1];
  return previous && previous.kind === 'TEXT' ? previous : column;
}

function compileLeaf(leaf: FilterLeaf, ctx: QueryContext): string {
  const resolved = resolveLeaf(leaf, ctx);
  if (resolved === null) return 'TRUE';
  const column = ctx.fault.is('composite-sub-field-reads-sibling') ? siblingColumn(leaf, resolved, ctx) : resolved.column;
  const alias = resolved.via ? ctx.joinFor(resolved.via).alias : ctx.alias;
  const isDateTime = column.kind === 'DATE_TIME';
  // `date-time-compared-by-second`: both sides truncated to the second (a timestamp(0)-style comparison).
  const bySecond = isDateTime && ctx.fault.is('date-time-compared-by-second');
  const columnRef = `${quoteIdent(alias)}.${quoteIdent(column.name)}`;
  const ref = bySecond ? `date_trunc('second', ${columnRef})` : columnRef;
  const target = {
    kind: column.kind,
    label: resolved.label,
    ...(resolved.options ? { options: resolved.options } : {}),
    ...(resolved.operatorKind === 'RELATION' ? { isJoinColumn: true } : {}),
  };
  const isNumeric = column.kind === 'NUMBER' || column.kind === 'NUMERIC' || column.kind === 'POSITION';
  // One typed value as a cast placeholder. Numbers compare as numeric so a
  // fractional bound works on integer columns; enums cast to their type.
  const typed = (raw: string): string => {
    const value = coerceFilterValue(target, raw);
    const placeholder = ctx.params.add(value);
    if (isNumeric) return `${placeholder}::numeric`;
    if (bySecond) return `date_trunc('second', ${placeholder}::${renderElementType(column, ctx.schema)})`;
    return `${placeholder}::${renderElementType(column, ctx.schema)}`;
  };
  const text = (raw: string) => `${ctx.params.add(raw)}::text`;
  const plusOneMs = (placeholder: string) => `(${placeholder} + interval '1 millisecond')`;

  switch (leaf.comparator) {
    case 'eq': {
      const raw = scalarValue(leaf);
      const orNull = nullEquivalence(resolved, raw) ? ` OR ${ref} IS NULL` : '';
      if (isDateTime) {
        const at = typed(raw);
        return `((${ref} >= ${at} AND ${ref} < ${plusOneMs(at)})${orNull})`;
      }
      return `(${ref} = ${typed(raw)}${orNull})`;
    }
    case 'neq': {
      const raw = scalarValue(leaf);
      const differs = isDateTime
        ? ((at: string) => `(${ref} < ${at} OR ${ref} >= ${plusOneMs(at)})`)(typed(raw))
        : `${ref} != ${typed(raw)}`;
      if (ctx.fault.is('neq-keeps-nulls')) return `(${differs} OR ${ref} IS NULL)`;
      const andNotNull = nullEquivalence(resolved, raw) ? ` AND ${ref} IS NOT NULL` : '';
      return `(${differs}${andNotNull})`;
    }
    case 'gt': {
      const at = typed(scalarValue(leaf));
      if (ctx.fault.is('gt-inclusive')) return `(${ref} >= ${at})`;
      return isDateTime ? `(${ref} >= ${plusOneMs(at)})` : `(${ref} > ${at})`;
    }
    case 'gte':
      return `(${ref} >= ${typed(scalarValue(leaf))})`;
    case 'lt':
      return `(${ref} < ${typed(scalarValue(leaf))})`;
    case 'lte': {
      const at = typed(scalarValue(leaf));
      return isDateTime ? `(${ref} < ${plusOneMs(at)})` : `(${ref} <= ${at})`;
    }
    case 'in': {
      const items = listValue(leaf).map(typed);
      return `(${ref} IN (${items.join(', ')}))`;
    }
    case 'is': {
      const raw = scalarValue(leaf);
      const which = checkIsValue(raw);
      if (which === 'NOT_NULL') return `(${ref} IS NOT NULL)`;
      const equivalence = nullEquivalence(resolved, raw);
      if (equivalence === 'text' && !ctx.fault.is('is-null-ignores-empty-text')) return `(${ref} IS NULL OR ${ref} = '')`;
      if (equivalence === 'array') return `(${ref} IS NULL OR ${ref} = '{}')`;
      return `(${ref} IS NULL)`;
    }
    case 'like':
    case 'ilike': {
      const raw = scalarValue(leaf);
      const operator = leaf.comparator === 'ilike' && !ctx.fault.is('ilike-case-sensitive') ? 'ILIKE' : 'LIKE';
      const orNull = nullEquivalence(resolved, raw) ? ` OR ${ref} IS NULL` : '';
      return `(${ref}::text ${operator} ${text(raw)}${orNull})`;
    }
    case 'startsWith':
      return `(${ref}::text ^@ ${text(scalarValue(leaf))})`;
    case 'endsWith': {
      const suffix = text(scalarValue(leaf));
      return `(RIGHT(${ref}::text, LENGTH(${suffix})) = ${suffix})`;
    }
    case 'containsAny': {
      const items = listValue(leaf).map((raw) => coerceFilterValue(target, raw));
      const list = `ARRAY(SELECT jsonb_array_elements_text(${ctx.params.add(toParam(column, items))}::jsonb))`;
      // On MULTI_SELECT: array overlap, as Twenty. On a scalar enum (SELECT,
      // RATING) the contract leaves the SQL open; we read it as "is one of".
      // `contains-any-matches-all`: containment (@>, every item) instead of overlap (&&, any item).
      if (column.kind === 'MULTI_SELECT') return `(${ref}::text[] ${ctx.fault.is('contains-any-matches-all') ? '@>' : '&&'} ${list})`;
      return `(${ref}::text = ANY(${list}))`;
    }
  }
}
