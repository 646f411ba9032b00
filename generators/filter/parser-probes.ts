// Filter strings that exercise the parser itself (contract §3.1, §3.2, §12.6–§12.8,
// §12.10), built around one text field and a value the data holds. The quirk
// cases are valid and mean what the shared grammar parses them to; the malformed
// cases each change one thing in a string that succeeds, and must be answered
// with the parser's own message (the shared grammar throws exactly that text).
import { RestInputError } from '../errors/rest-input-error.ts';
import { isBarePrintable, parseFilter, printFilter } from './grammar.ts';
import type { FilterLeaf } from './ast.ts';
import type { FieldPath } from '../fixtures/catalogue-resolver.ts';
import { valueCounts } from './probes.ts';
import { idsLeaf, type RecordJson } from './selection.ts';

export interface QuirkCase {
  /** The parts of a root list; a restricted query puts its id list first. */
  parts: string[];
  why: string;
}

export interface MalformedCase {
  raw: string;
  /** The string it was derived from, which the server accepts. */
  base: string;
  /** The 400 message Twenty's parser gives. */
  message: string;
  why: string;
}

/** A value usable bare, quoted with either quote, and inside `[...]`. */
export function isPlainWord(value: string): boolean {
  return isBarePrintable(value) && !/[:%_\\\s]/.test(value) && /[A-Za-z]/.test(value);
}

/** Valid strings whose meaning depends on quoting and root grouping rules. */
export function quirkCases(field: string, value: string): QuirkCase[] {
  if (!isPlainWord(value)) throw new Error(`quirkCases: ${JSON.stringify(value)} is not a plain word`);
  const other = `${value}x`;
  return [
    { parts: [`${field}[eq]:'${value}'`], why: 'single quotes are stripped (§3.1 step 5)' },
    { parts: [`${field}[eq]:"${value}'`], why: 'the first and last quote characters are stripped even when they differ (§3.1 step 5)' },
    { parts: [`or(${field}[eq]:"${value},x",${field}[eq]:${value})`], why: 'a comma inside quotes does not split the group (§3.1 step 4)' },
    {
      parts: [`${field}[eq]:${value}`, `or(${field}[eq]:${other},${field}[is]:NOT_NULL)`],
      why: 'a root list holding a group is wrapped in and(…) (§3.1 step 3, newest rule §12.6)',
    },
    { parts: [`${field}[in]:["${value}",'${other}']`], why: 'in items are unquoted one by one (§3.1 step 5)' },
  ];
}

/** The message the parser throws for a string, or undefined when it parses. */
export function parserMessage(raw: string): string | undefined {
  try {
    parseFilter(raw);
    return undefined;
  } catch (error) {
    if (error instanceof RestInputError) return error.message;
    throw error;
  }
}

/** Strings one edit away from a valid leaf `field[eq]:value`, each rejected by the parser. */
export function malformedCases(field: string, value: string): MalformedCase[] {
  if (!isPlainWord(value)) throw new Error(`malformedCases: ${JSON.stringify(value)} is not a plain word`);
  const leaf: FilterLeaf = { type: 'leaf', path: field.split('.'), comparator: 'eq', value, quote: null };
  const valid = printFilter(leaf);
  const edits: [raw: string, base: string, why: string][] = [
    [`${field}[eq]:`, valid, 'an empty value (§12.10)'],
    ['or()', `or(${valid})`, 'an empty or() group (§12.10)'],
    ['not()', `not(${valid})`, 'an empty not() group (§12.10)'],
    [`${valid},`, valid, 'a trailing comma makes an empty child (§12.8)'],
    [`not(${valid},${valid})`, `not(${valid})`, "'not' takes exactly one condition (§3.1 step 4)"],
    [`${valid})`, valid, 'an unbalanced parenthesis (§3.1 step 2)'],
    [`and(${valid}`, `and(${valid})`, 'a missing close bracket (§3.1 step 2)'],
    [`${field}[equals]:${value}`, valid, 'an unknown comparator (§3.1 step 4)'],
    [`${field}[in]:${value}`, `${field}[in]:[${value}]`, "'in' needs a [...] list (§3.1 step 5)"],
    [`x:${valid}`, valid, 'a colon before the first [ (§12.8)'],
  ];
  return edits.map(([raw, base, why]) => {
    const message = parserMessage(raw);
    if (message === undefined) throw new Error(`malformedCases: ${raw} parses`);
    return { raw, base, message, why };
  });
}

/**
 * A top-level text field and a plain word one of the records holds in it: the
 * field and value the quirk and malformed cases are built around.
 */
export function plainTextValue(paths: readonly FieldPath[], records: readonly RecordJson[]): { field: string; value: string } | undefined {
  for (const entry of paths) {
    if (entry.resolved.kind !== 'TEXT' || entry.path.length !== 1) continue;
    if (!['eq', 'in', 'is'].every((c) => entry.comparators.includes(c as never))) continue;
    const value = [...valueCounts(records, entry).keys()].find(isPlainWord);
    if (value) return { field: entry.path.join('.'), value };
  }
  return undefined;
}

/**
 * The string a quirk case sends: its parts as one root list, after the id list
 * of a restricted universe (which keeps the root a list: the ids are its first part).
 */
export function quirkFilter(quirk: QuirkCase, restrictedTo?: readonly string[]): string {
  return [...(restrictedTo ? [printFilter(idsLeaf(restrictedTo))] : []), ...quirk.parts].join(',');
}
