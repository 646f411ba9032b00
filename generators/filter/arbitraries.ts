// fast-check arbitraries for filters: values drawn mostly from what the data holds
// (so filters select something) plus edge cases per kind, leaves that are valid for
// their field and always printable, and nested and/or/not expressions. Every
// generated AST is in the canonical form parseFilter(printFilter(ast)) returns,
// and shows itself as its query string in fast-check reports.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Comparator } from '../kinds/comparators.ts';
import type { FilterLeaf, FilterNode, Quote } from './ast.ts';
import type { ResolvedField } from './field-resolver.ts';
import { isBarePrintable, isPrintable, isPrintableListItem, normalizeFilter, normalizeNode, printFilter } from './grammar.ts';

export interface ArbField {
  path: string[];
  resolved: ResolvedField;
  /** The comparators the deployment allows on this path. */
  comparators: readonly Comparator[];
  /** Values seen in the data for this path (record JSON values). */
  samples: unknown[];
}

/**
 * Comparators this module knows how to fill with valid values, per kind. DATE_TIME
 * leaves out `in`: it is an exact comparison, and a database timestamp can hold
 * microseconds the API's millisecond JSON does not show (createdAt = now()), so
 * the oracle cannot know the answer; eq/gt/lte use whole-millisecond windows and
 * stay exact.
 */
const GENERABLE: Record<ResolvedField['kind'], readonly Comparator[]> = {
  TEXT: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is', 'like', 'ilike', 'startsWith', 'endsWith'],
  NUMBER: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  NUMERIC: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  POSITION: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  BOOLEAN: ['eq', 'is'],
  DATE: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  DATE_TIME: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'is'],
  UUID: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  RELATION: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  SELECT: ['eq', 'neq', 'in', 'is'],
  RATING: ['eq', 'neq', 'in', 'is'],
  MULTI_SELECT: ['containsAny', 'is'],
  ARRAY: ['is'],
  RAW_JSON: ['is', 'like'],
  FILES: ['is'],
};

/** The comparators a leaf on this field can be generated with. */
export function generableComparators(field: ArbField): Comparator[] {
  return field.comparators.filter((c) => GENERABLE[field.resolved.kind].includes(c));
}

// ---------------------------------------------------------------- values

/** Sample values as filter text (arrays contribute their items). */
function sampleTexts(samples: readonly unknown[] | undefined): string[] {
  const texts = (samples ?? [])
    .flatMap((sample) => (Array.isArray(sample) ? sample : [sample]))
    .filter((sample) => sample !== null && sample !== undefined && typeof sample !== 'object')
    .map(String)
    .filter(isPrintable);
  return [...new Set(texts)];
}

const printableText = fc
  .string({ unit: fc.constantFrom(...'abcXYZ 019-_.@é%'), maxLength: 8 })
  .filter(isPrintable);

/** Shifts an ISO timestamp by whole milliseconds, to probe the eq window edges. */
function shiftIso(iso: string, ms: number): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time + ms).toISOString();
}

const isoTimestamp = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Edge values per kind, valid under Twenty's coercion (§3.3). */
function edgeArb(field: ResolvedField, samples: readonly string[]): Arbitrary<string> {
  switch (field.kind) {
    case 'TEXT':
      return fc.oneof(fc.constantFrom('', 'NULL', ' '), printableText);
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION':
      return fc.oneof(
        fc.constantFrom('0', '-1', '1.5', '1e3', '12abc'),
        fc.integer({ min: -1000, max: 1000 }).map(String),
      );
    case 'BOOLEAN':
      return fc.constantFrom('true', 'false');
    case 'DATE_TIME': {
      const shifted = samples.flatMap((s) => [shiftIso(s, -1), shiftIso(s, 1)]).filter((s): s is string => s !== undefined);
      return shifted.length > 0 ? fc.oneof(fc.constantFrom(...shifted), isoTimestamp) : isoTimestamp;
    }
    case 'DATE':
      return isoTimestamp.map((iso) => iso.slice(0, 10));
    case 'UUID':
    case 'RELATION':
      return fc.oneof(fc.uuid(), ...(samples.length > 0 ? [fc.constantFrom(...samples.map((s) => s.toUpperCase()))] : []));
    case 'SELECT':
    case 'RATING':
    case 'MULTI_SELECT':
      return field.options && field.options.length > 0 ? fc.constantFrom(...field.options) : fc.constant('');
    case 'ARRAY':
    case 'RAW_JSON':
    case 'FILES':
      return printableText;
  }
}

/** A filter value (as text) valid for the field: mostly a sample, otherwise an edge case. */
export function valueArb(field: ResolvedField & { samples?: unknown[] }): Arbitrary<string> {
  const texts = sampleTexts(field.samples).filter((text) => validForKind(text, field));
  const edges = edgeArb(field, texts);
  return texts.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...texts) }, { weight: 1, arbitrary: edges }) : edges;
}

/** Samples that would not survive the kind's validation are not reused as filter values. */
function validForKind(text: string, field: ResolvedField): boolean {
  switch (field.kind) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION':
      return !Number.isNaN(Number.parseFloat(text));
    case 'BOOLEAN':
      return text === 'true' || text === 'false';
    case 'SELECT':
    case 'RATING':
    case 'MULTI_SELECT':
      return !field.options || field.options.includes(text);
    default:
      return true;
  }
}

// ---------------------------------------------------------------- leaves

/** A LIKE pattern cut from a value: a piece of it with `%`/`_` around or inside. */
function likePatternArb(base: Arbitrary<string>): Arbitrary<string> {
  return fc
    .tuple(base, fc.nat(), fc.nat(), fc.constantFrom('%', ''), fc.constantFrom('%', ''), fc.boolean())
    .map(([value, a, b, before, after, underscore]) => {
      // By code point: a cut through a surrogate pair (an emoji) is no text the server can receive.
      const text = [...value];
      const start = text.length === 0 ? 0 : a % text.length;
      const piece = text.slice(start, start + 1 + (b % Math.max(1, text.length - start)));
      const withWildcard = (underscore && piece.length > 1 ? ['_', ...piece.slice(1)] : piece).join('');
      return `${before}${withWildcard}${after}`;
    })
    .filter((pattern) => !pattern.includes('\\') && isPrintable(pattern));
}

/** A prefix or suffix of a value (possibly the whole value). */
function affixArb(base: Arbitrary<string>, end: 'start' | 'end'): Arbitrary<string> {
  return fc.tuple(base, fc.nat()).map(([value, n]) => {
    const text = [...value];
    const length = text.length === 0 ? 0 : 1 + (n % text.length);
    return (end === 'start' ? text.slice(0, length) : text.slice(text.length - length)).join('');
  });
}

function quoteArb(value: string): Arbitrary<Quote> {
  if (!isBarePrintable(value)) return fc.constant('"');
  return value.includes("'") ? fc.constantFrom<Quote>(null, '"') : fc.constantFrom<Quote>(null, '"', "'");
}

function scalarLeafArb(path: string[], comparator: Comparator, values: Arbitrary<string>): Arbitrary<FilterLeaf> {
  return values
    .filter(isPrintable)
    .chain((value) => quoteArb(value).map((quote): FilterLeaf => ({ type: 'leaf', path: [...path], comparator, value, quote })));
}

function leafFor(field: ArbField, comparator: Comparator): Arbitrary<FilterLeaf> {
  const { path } = field;
  const values = valueArb({ ...field.resolved, samples: field.samples });
  switch (comparator) {
    case 'is':
      return fc.constantFrom('NULL', 'NOT_NULL').map((value): FilterLeaf => ({ type: 'leaf', path: [...path], comparator, value }));
    case 'in':
    case 'containsAny':
      return fc
        .array(values.filter(isPrintableListItem), { minLength: 1, maxLength: 3 })
        .map((value): FilterLeaf => ({ type: 'leaf', path: [...path], comparator, value }));
    case 'like':
    case 'ilike':
      return scalarLeafArb(path, comparator, likePatternArb(values));
    case 'startsWith':
      return scalarLeafArb(path, comparator, affixArb(values, 'start'));
    case 'endsWith':
      return scalarLeafArb(path, comparator, affixArb(values, 'end'));
    default:
      return scalarLeafArb(path, comparator, values);
  }
}

/**
 * Known cases the random filters always include: per field that takes
 * `containsAny`, a list [a, b] where some record holds a and not b, so "any of"
 * and "all of" select different records (random lists of one item cannot tell).
 */
export function overlapExamples(fields: readonly ArbField[]): FilterLeaf[] {
  return fields.flatMap((field): FilterLeaf[] => {
    if (!generableComparators(field).includes('containsAny')) return [];
    const arrays = field.samples.filter((sample): sample is unknown[] => Array.isArray(sample)).map((items) => items.filter((item): item is string => typeof item === 'string' && isPrintableListItem(item)));
    const values = [...new Set(arrays.flat())];
    for (const held of arrays) {
      const a = held[0];
      const b = values.find((value) => !held.includes(value));
      if (a !== undefined && b !== undefined) return [{ type: 'leaf', path: [...field.path], comparator: 'containsAny', value: [a, b] }];
    }
    return [];
  });
}

/** A valid, printable leaf on the field, with one of its generable comparators. */
export function leafArb(field: ArbField): Arbitrary<FilterLeaf> {
  const comparators = generableComparators(field);
  if (comparators.length === 0) throw new Error(`leafArb: no generable comparator for ${field.path.join('.')}`);
  return fc.constantFrom(...comparators).chain((comparator) => leafFor(field, comparator));
}

// ---------------------------------------------------------------- expressions

/** Makes fast-check print the AST as its query string (non-enumerable, so equality ignores it). */
function showAsQuery(node: FilterNode): FilterNode {
  Object.defineProperty(node, fc.toStringMethod, { value: () => printFilter(node), enumerable: false });
  return node;
}

/**
 * A filter over the given fields: leaves first, then and/or groups of one to three
 * children and not(one child), nested up to maxDepth. The root is always a group
 * (a root leaf comes wrapped in `and`), exactly as parseFilter returns it.
 */
export function exprArb(fields: readonly ArbField[], options: { maxDepth: number }): Arbitrary<FilterNode> {
  const usable = fields.filter((field) => generableComparators(field).length > 0);
  if (usable.length === 0) throw new Error('exprArb: no field can be filtered');
  const leaves = fc.oneof(...usable.map(leafArb)).map((leaf): FilterNode => normalizeNode(leaf));
  const { node } = fc.letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { maxDepth: options.maxDepth, depthSize: 'small' },
      leaves,
      fc.record({
        type: fc.constantFrom('and' as const, 'or' as const),
        children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ type: fc.constant('not' as const), child: tie('node') }),
    ),
  }));
  return node.map((root) => showAsQuery(normalizeFilter(root)));
}
