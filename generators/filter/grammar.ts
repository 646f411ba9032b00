// The `filter=` query-string grammar exactly as Twenty era D reads it (contract
// §3.1, §3.2, §12.6–§12.8), quirks included, plus a printer whose output that
// grammar reads back to the same AST. The reference server parses with this; the
// suite prints with it. Field names, operators per kind and value typing are
// checked later, against the datamodel (§3.3), not here.
import { COMPARATORS, isComparator } from '../kinds/comparators.ts';
import type { Comparator } from '../kinds/comparators.ts';
import { RestInputError } from '../errors/rest-input-error.ts';
import type { FilterLeaf, FilterNode, Quote } from './ast.ts';

/** A whole node is a group when it reads `and(…)`, `or(…)` or `not(…)` (§3.1 step 3, newest rule §12.6). */
const GROUP = /^(or|and|not)\((.+)\)$/;
/** A leaf must look like `field[op]:value`; `.` matches no line terminator, as in Twenty. */
const LEAF = /^(.+)\[(.+)\]:(.+)$/;
const LEAF_EXAMPLE = 'eg: price[gte]:10';
const LIST_COMPARATORS: readonly Comparator[] = ['in', 'containsAny'];

// ---------------------------------------------------------------- parsing

export function parseFilter(raw: string): FilterNode {
  checkParenthesisBalance(raw);
  return parseNode(GROUP.test(raw) ? raw : `and(${raw})`);
}

/** Counts every parenthesis, quoted or not, before anything else is read (§3.1 step 2). */
function checkParenthesisBalance(raw: string): void {
  const missing = count(raw, '(') - count(raw, ')');
  if (missing === 0) return;
  const n = Math.abs(missing);
  const kind = missing > 0 ? 'close' : 'open';
  const noun = n > 1 ? `${kind} brackets are` : `${kind} bracket is`;
  throw new RestInputError(`'filter' invalid. ${n} ${noun} missing in the query`);
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total++;
  return total;
}

function parseNode(text: string): FilterNode {
  const group = GROUP.exec(text);
  if (!group) return parseLeaf(text);
  // Children are parsed before the `not` arity check, so an empty child's error wins (§12.8).
  const children = splitGroupChildren(text).map(parseNode);
  if (group[1] === 'not') {
    const [child] = children;
    if (children.length !== 1 || !child) {
      throw new RestInputError(
        "'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)",
      );
    }
    return { type: 'not', child };
  }
  return { type: group[1] === 'or' ? 'or' : 'and', children };
}

/**
 * Splits `and(a,b)` into its children: commas at parenthesis depth 1 that are not
 * inside `[…]`, `"…"` or `'…'`. Each of `[`, `]`, `"`, `'` simply flips a state, so
 * `[` and `]` share one toggle and an apostrophe inside double quotes still flips
 * the single-quote state (§3.2, §12.8). Text outside depth ≥ 1 is dropped, which is
 * why a second root group is glued onto the first (§3.2).
 */
function splitGroupChildren(text: string): string[] {
  const children: string[] = [];
  let current = '';
  let depth = 0;
  let inBrackets = false;
  let inDoubleQuotes = false;
  let inSingleQuotes = false;
  for (const c of text) {
    let keep = depth >= 1;
    if (c === '(') depth++;
    if (c === ')') {
      depth--;
      keep = depth >= 1;
    }
    if (c === '[' || c === ']') inBrackets = !inBrackets;
    if (c === '"') inDoubleQuotes = !inDoubleQuotes;
    if (c === "'") inSingleQuotes = !inSingleQuotes;
    if (c === ',' && depth === 1 && !inBrackets && !inDoubleQuotes && !inSingleQuotes) {
      children.push(current);
      current = '';
      keep = false;
    }
    if (keep) current += c;
  }
  children.push(current);
  return children;
}

function parseLeaf(text: string): FilterLeaf {
  if (!LEAF.test(text)) throw new RestInputError(`'filter' invalid for '${text}'. ${LEAF_EXAMPLE}`);
  const { field, comparator, value } = scanLeaf(text);
  if (!isComparator(comparator)) {
    throw new RestInputError(
      `'filter' invalid for '${text}', comparator ${comparator} not in ${COMPARATORS.join(', ')}`,
    );
  }
  const path = field.split('.');
  if (LIST_COMPARATORS.includes(comparator)) return { type: 'leaf', path, comparator, value: parseList(comparator, value) };
  if (comparator === 'is') return { type: 'leaf', path, comparator, value };
  return { type: 'leaf', path, comparator, ...unquote(value) };
}

/**
 * One left-to-right pass with three independent switches, as Twenty does it: the
 * field ends at the first `[`, the comparator at the next `]`, the value starts
 * after a `:` read outside the comparator. A `:` before the first `[` therefore
 * starts the value early while the field keeps filling, and the comparator then
 * swallows the rest (`a:b[eq]:1` → comparator `eq]:1`, §12.8).
 */
function scanLeaf(text: string): { field: string; comparator: string; value: string } {
  let field = '';
  let comparator = '';
  let value = '';
  let fillingField = true;
  let fillingComparator = false;
  let fillingValue = false;
  for (const c of text) {
    if (fillingValue) value += c;
    if (c === ']' && !fillingValue) fillingComparator = false;
    if (c === ':' && !fillingComparator) fillingValue = true;
    if (fillingComparator) comparator += c;
    if (c === '[' && fillingField) {
      fillingField = false;
      fillingComparator = true;
    }
    if (fillingField) field += c;
  }
  return { field, comparator, value };
}

/** `[a,"b"]` → items split on every comma, unquoted, never trimmed; `[]` → `['']` (§3.2, §12.7). */
function parseList(comparator: Comparator, value: string): string[] {
  if (!value.startsWith('[') || !value.endsWith(']')) {
    throw new RestInputError(
      `'filter' invalid for '${comparator}' operator. Received '${value}' but array value expected eg: 'field[${comparator}]:[value_1,value_2]'`,
    );
  }
  return value
    .slice(1, -1)
    .split(',')
    .map((item) => unquote(item).value);
}

function isQuoteChar(c: string | undefined): c is '"' | "'" {
  return c === '"' || c === "'";
}

/**
 * Strips the first and last characters when both are quote characters, matching
 * or not (`"abc'` → `abc`). A lone quote character stays as it is (§12.7).
 */
function unquote(value: string): { value: string; quote: Quote } {
  const first = value[0];
  if (value.length >= 2 && isQuoteChar(first) && isQuoteChar(value[value.length - 1])) {
    return { value: value.slice(1, -1), quote: first };
  }
  return { value, quote: null };
}

// ---------------------------------------------------------------- printing
//
// What cannot be expressed (Twenty has no escape mechanism, §3.2):
// - a value containing `"`; an odd number of `'`; an odd number of `[`/`]` together;
//   parentheses that are unbalanced or close before they open (`)(`); a line
//   terminator. Each of these derails the splitter or the leaf pattern.
// - a comma inside an `in`/`containsAny` item (items split on every comma);
// - an empty `in` list (`[]` parses as `[""]`), an empty `and()`/`or()` group;
// - a leaf at the root keeps its shape only up to the implicit `and` wrapper
//   (print gives `a[eq]:1`, parse gives `and(a[eq]:1)`): see normalizeFilter.
// Generators must keep to isPrintable values; printFilter throws otherwise.

export class UnprintableFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnprintableFilterError';
  }
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * True when the value survives being printed inside `"…"` and parsed back, next
 * to any other leaves. Sufficient, not necessary: some values with an even number
 * of `"` would survive too, but never mind them.
 */
export function isPrintable(value: string): boolean {
  if (value.includes('"') || LINE_TERMINATOR.test(value)) return false;
  if (count(value, "'") % 2 !== 0) return false;
  if ((count(value, '[') + count(value, ']')) % 2 !== 0) return false;
  let depth = 0;
  for (const c of value) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** True when the value can be printed with no quotes at all and read back verbatim. */
export function isBarePrintable(value: string): boolean {
  return value.length > 0 && !/[,()[\]"'\n\r\u2028\u2029]/.test(value);
}

/** True when the item can sit in a printed `[…]` list. */
export function isPrintableListItem(item: string): boolean {
  return isPrintable(item) && !item.includes(',');
}

export function printFilter(node: FilterNode): string {
  switch (node.type) {
    case 'and':
    case 'or':
      if (node.children.length === 0) throw new UnprintableFilterError(`an empty ${node.type}() group cannot be expressed`);
      return `${node.type}(${node.children.map(printFilter).join(',')})`;
    case 'not':
      return `not(${printFilter(node.child)})`;
    case 'leaf':
      return `${node.path.join('.')}[${node.comparator}]:${printValue(node)}`;
  }
}

function printValue(leaf: FilterLeaf): string {
  const { value } = leaf;
  if (Array.isArray(value) !== LIST_COMPARATORS.includes(leaf.comparator)) {
    throw new UnprintableFilterError(`'${leaf.comparator}' takes ${Array.isArray(value) ? 'a single value' : 'a list'}`);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new UnprintableFilterError('an empty list cannot be expressed ([] parses as [""])');
    for (const item of value) {
      if (!isPrintableListItem(item)) throw new UnprintableFilterError(`list item ${JSON.stringify(item)} cannot be expressed`);
    }
    return `[${value.map((item) => `"${item}"`).join(',')}]`;
  }
  if (leaf.comparator === 'is') {
    if (!isBarePrintable(value)) throw new UnprintableFilterError(`'is' value ${JSON.stringify(value)} cannot be expressed`);
    return value;
  }
  if (!isPrintable(value)) throw new UnprintableFilterError(`value ${JSON.stringify(value)} cannot be expressed`);
  const quote = printedQuote(value, leaf.quote ?? null);
  return quote === null ? value : `${quote}${value}${quote}`;
}

/** The quote the printer uses: the recorded one when it is safe, `"` when quoting is needed. */
function printedQuote(value: string, recorded: Quote): Quote {
  if (recorded === null) return isBarePrintable(value) ? null : '"';
  if (recorded === "'" && !value.includes("'")) return "'";
  return '"';
}

/**
 * The AST that parseFilter(printFilter(node)) returns: a root leaf is wrapped in
 * `and`, scalar leaves carry the quote the printer actually used, and `is`/list
 * leaves carry none. Generators that emit normalized ASTs get exact round trips.
 */
export function normalizeFilter(node: FilterNode): FilterNode {
  return normalizeNode(node.type === 'leaf' ? { type: 'and', children: [node] } : node);
}

/** normalizeFilter without the root wrapper: the canonical form of any subtree. */
export function normalizeNode(node: FilterNode): FilterNode {
  switch (node.type) {
    case 'and':
    case 'or':
      return { type: node.type, children: node.children.map(normalizeNode) };
    case 'not':
      return { type: 'not', child: normalizeNode(node.child) };
    case 'leaf': {
      const { path, comparator, value } = node;
      if (Array.isArray(value) || comparator === 'is') return { type: 'leaf', path: [...path], comparator, value };
      return { type: 'leaf', path: [...path], comparator, value, quote: printedQuote(value, node.quote ?? null) };
    }
  }
}
