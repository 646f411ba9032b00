// Which comparators the document itself says a field accepts (issue 8 §2). Twenty's
// documents state them in two places: the `filter` parameter's description
// ("Available comparators are **eq**, **neq**, …", for every field) and, where a
// document has it, a field's own description. Pure text → sets.
//
// Rules:
// - a field's own statement wins, limited to comparators the grammar knows;
// - else the `filter` parameter's statement narrows the contract's per-kind table (it is
//   a list for all fields, so it cannot grant `ilike` to a NUMBER);
// - else the contract's table (generators/kinds/comparators.ts) stands.
// info.description prose is NOT used: it is help text, and DOC-004 already holds it
// against the grammar.
import { isComparator, type Comparator } from '../kinds/comparators.ts';
import { comparatorClaim } from './prose-claims.ts';

export type ComparatorSource = 'field' | 'filter-parameter' | 'contract';

/** The grammar's comparators named in a text, or undefined when it names none. */
export function statedComparators(text: string | undefined): Comparator[] | undefined {
  if (text === undefined) return undefined;
  const named = comparatorClaim(text)?.filter(isComparator);
  return named !== undefined && named.length > 0 ? [...new Set(named)] : undefined;
}

/** The first `filter` parameter description (of the list operations) that states comparators. */
export function filterParameterStatement(descriptions: readonly (string | undefined)[]): Comparator[] | undefined {
  for (const description of descriptions) {
    const stated = statedComparators(description);
    if (stated !== undefined) return stated;
  }
  return undefined;
}

export function comparatorsFromDocument(
  contract: readonly Comparator[],
  statements: { field?: readonly Comparator[]; filterParameter?: readonly Comparator[] },
): { comparators: Comparator[]; source: ComparatorSource } {
  if (statements.field !== undefined) return { comparators: [...statements.field], source: 'field' };
  if (statements.filterParameter !== undefined) {
    const allowed = statements.filterParameter;
    return { comparators: contract.filter((comparator) => allowed.includes(comparator)), source: 'filter-parameter' };
  }
  return { comparators: [...contract], source: 'contract' };
}
