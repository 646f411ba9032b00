// The field kinds of a Twenty datamodel, and the sub-fields of each composite kind.
// Shared by the reference deployment (which stores them) and the suite (which
// recovers them from an OpenAPI document). Source: contract §7.4 and §10.

export const SCALAR_KINDS = [
  'UUID',
  'TEXT',
  'NUMBER',
  'NUMERIC',
  'BOOLEAN',
  'DATE_TIME',
  'DATE',
  'SELECT',
  'MULTI_SELECT',
  'RATING',
  'POSITION',
  'ARRAY',
  'RAW_JSON',
  // An array of attachments `{fileId, label}` (Twenty 2026: avatarFile, file). Stored as
  // jsonb, filtered only by `is` NULL/NOT_NULL, never sorted.
  'FILES',
] as const;

export const COMPOSITE_KINDS = [
  'FULL_NAME',
  'EMAILS',
  'LINKS',
  'CURRENCY',
  'ADDRESS',
  'PHONES',
  'ACTOR',
  'RICH_TEXT_V2',
] as const;

export type ScalarKind = (typeof SCALAR_KINDS)[number];
export type CompositeKind = (typeof COMPOSITE_KINDS)[number];
/** RELATION is a many-to-one join column (`companyId`) or a one-to-many list. */
export type FieldKind = ScalarKind | CompositeKind | 'RELATION';

export interface SubFieldDef {
  name: string;
  /** The kind that decides the sub-field's comparators and semantics. */
  kind: ScalarKind;
  /** Present only on response schemas (ACTOR's workspaceMemberId and name). */
  responseOnly?: boolean;
  /**
   * Recognised in documents (current Twenty has it) but not stored by the embedded
   * reference (ADDRESS.addressStreet3, ACTOR.context).
   */
  optional?: boolean;
  /** Filterable but never sortable (RICH_TEXT_V2 bodies). */
  unsortable?: boolean;
}

/** ACTOR.source options, in declared order (contract §7.4). */
export const ACTOR_SOURCES = [
  'EMAIL',
  'CALENDAR',
  'WORKFLOW',
  'AGENT',
  'API',
  'IMPORT',
  'MANUAL',
  'SYSTEM',
  'WEBHOOK',
] as const;

export const COMPOSITE_SUB_FIELDS: Record<CompositeKind, readonly SubFieldDef[]> = {
  FULL_NAME: [
    { name: 'firstName', kind: 'TEXT' },
    { name: 'lastName', kind: 'TEXT' },
  ],
  EMAILS: [
    { name: 'primaryEmail', kind: 'TEXT' },
    { name: 'additionalEmails', kind: 'RAW_JSON' },
  ],
  LINKS: [
    { name: 'primaryLinkUrl', kind: 'TEXT' },
    { name: 'primaryLinkLabel', kind: 'TEXT' },
    { name: 'secondaryLinks', kind: 'RAW_JSON' },
  ],
  CURRENCY: [
    { name: 'amountMicros', kind: 'NUMERIC' },
    { name: 'currencyCode', kind: 'TEXT' },
  ],
  ADDRESS: [
    { name: 'addressStreet1', kind: 'TEXT' },
    { name: 'addressStreet2', kind: 'TEXT' },
    { name: 'addressStreet3', kind: 'TEXT', optional: true },
    { name: 'addressCity', kind: 'TEXT' },
    { name: 'addressPostcode', kind: 'TEXT' },
    { name: 'addressState', kind: 'TEXT' },
    { name: 'addressCountry', kind: 'TEXT' },
    { name: 'addressLat', kind: 'NUMERIC' },
    { name: 'addressLng', kind: 'NUMERIC' },
  ],
  PHONES: [
    { name: 'primaryPhoneNumber', kind: 'TEXT' },
    { name: 'primaryPhoneCountryCode', kind: 'TEXT' },
    { name: 'primaryPhoneCallingCode', kind: 'TEXT' },
    { name: 'additionalPhones', kind: 'RAW_JSON' },
  ],
  ACTOR: [
    { name: 'source', kind: 'SELECT' },
    { name: 'workspaceMemberId', kind: 'UUID', responseOnly: true },
    { name: 'name', kind: 'TEXT', responseOnly: true },
    { name: 'context', kind: 'RAW_JSON', responseOnly: true, optional: true },
  ],
  // Notes' and tasks' bodyV2: the BlockNote JSON (as text) and its Markdown rendering.
  RICH_TEXT_V2: [
    { name: 'blocknote', kind: 'TEXT', unsortable: true },
    { name: 'markdown', kind: 'TEXT', unsortable: true },
  ],
};

/** The sub-fields a deployment stores and serves (what the embedded reference implements). */
export function storedSubFields(kind: CompositeKind): readonly SubFieldDef[] {
  return COMPOSITE_SUB_FIELDS[kind].filter((def) => def.optional !== true);
}

export function isCompositeKind(kind: string): kind is CompositeKind {
  return (COMPOSITE_KINDS as readonly string[]).includes(kind);
}

/** Twenty stores composite sub-fields as prefixed columns: name.firstName → nameFirstName. */
export function compositeColumnName(field: string, subField: string): string {
  return field + subField.charAt(0).toUpperCase() + subField.slice(1);
}

/** Kinds whose text sub-fields treat '' as null-equivalent (contract §3.4). */
export function isTextLike(kind: ScalarKind): boolean {
  return kind === 'TEXT';
}
