// What an oracle needs to know about the target of a filter or order_by path: the
// scalar kind it compares as (a scalar field, a composite sub-field or a relation
// join column), the declared option order of SELECT/RATING/MULTI_SELECT, and which
// values Twenty treats as "null-equivalent" for it (contract §3.4).
import type { FieldKind, ScalarKind } from '../kinds/field-kinds.ts';

/**
 * - `text`: `''` and `'NULL'` in eq/neq/like/ilike also reach NULL rows, and
 *   `is:NULL` also matches `''`;
 * - `array`: `is:NULL` also matches an empty array;
 * - `none`: plain SQL NULL semantics.
 */
export type NullEquivalence = 'text' | 'array' | 'none';

export interface ResolvedField {
  kind: ScalarKind | 'RELATION';
  /** Option values in declared order (SELECT, MULTI_SELECT, RATING). */
  options?: readonly string[];
  /** Defaults to the kind's own rule (see defaultNullEquivalence). */
  nullEquivalence?: NullEquivalence;
}

export type FieldResolver = (path: string[]) => ResolvedField | undefined;

export function defaultNullEquivalence(kind: ScalarKind | 'RELATION'): NullEquivalence {
  if (kind === 'TEXT') return 'text';
  if (kind === 'ARRAY' || kind === 'MULTI_SELECT') return 'array';
  return 'none';
}

export function nullEquivalenceOf(field: ResolvedField): NullEquivalence {
  return field.nullEquivalence ?? defaultNullEquivalence(field.kind);
}

/**
 * Twenty's list of composite text sub-fields that are null-equivalent. Notably
 * CURRENCY.currencyCode is TEXT but is NOT on it. The jsonb list sub-fields
 * (additionalEmails, secondaryLinks, additionalPhones) are on Twenty's array list,
 * but comparing a jsonb column with the array literal '{}' is unclear, so they are
 * left at plain NULL semantics here.
 */
const TEXT_SUB_FIELDS: Partial<Record<FieldKind, readonly string[]>> = {
  FULL_NAME: ['firstName', 'lastName'],
  EMAILS: ['primaryEmail'],
  LINKS: ['primaryLinkUrl', 'primaryLinkLabel'],
  PHONES: ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode'],
  ADDRESS: ['addressStreet1', 'addressStreet2', 'addressCity', 'addressState', 'addressPostcode', 'addressCountry'],
  ACTOR: ['name'],
  // Twenty lists the Markdown rendering, not the BlockNote JSON (contract §3.4).
  RICH_TEXT_V2: ['markdown'],
};

/** The null-equivalence of a composite field's sub-field, for resolvers to fill in. */
export function subFieldNullEquivalence(compositeKind: FieldKind, subField: string): NullEquivalence {
  return TEXT_SUB_FIELDS[compositeKind]?.includes(subField) ? 'text' : 'none';
}
