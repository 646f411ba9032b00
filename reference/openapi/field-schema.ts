// Field kind → JSON Schema, as Twenty's OpenAPI generator maps them (contract §7.4).
// One deliberate deviation: in *ForResponse schemas a nullable field (and every
// composite sub-field) is typed `[<type>, "null"]`. Twenty expresses no
// nullability, yet real records carry nulls; the era-D fix direction is to say
// so, and it keeps the reference's own responses valid against its document.
import { ACTOR_SOURCES, storedSubFields, isCompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { FieldDef } from '../datamodel/types.ts';
import { capitalize } from '../http/envelopes.ts';

export type JsonSchema = Record<string, unknown>;
export type SchemaVariant = 'write' | 'response';

/** Adds null to a schema's type when the response may carry null. */
function orNull(schema: JsonSchema, nullable: boolean): JsonSchema {
  if (!nullable) return schema;
  const type = schema['type'];
  if (typeof type !== 'string') return schema;
  const widened: JsonSchema = { ...schema, type: [type, 'null'] };
  // An enum lists the allowed values, so null must be one of them too.
  if (Array.isArray(schema['enum'])) widened['enum'] = [...(schema['enum'] as unknown[]), null];
  return widened;
}

const string = (format?: string): JsonSchema => (format ? { type: 'string', format } : { type: 'string' });

function compositeProperties(field: FieldDef, variant: SchemaVariant): Record<string, JsonSchema> {
  const nullableSubFields = variant === 'response';
  const sub = (schema: JsonSchema) => orNull(schema, nullableSubFields);
  switch (field.kind) {
    case 'LINKS':
      return {
        primaryLinkLabel: sub(string()),
        primaryLinkUrl: sub(string()),
        secondaryLinks: sub({
          type: 'array',
          items: { type: 'object', description: 'A secondary link', properties: { url: string('uri'), label: string() } },
        }),
      };
    case 'CURRENCY':
      return { amountMicros: sub({ type: 'number' }), currencyCode: sub(string()) };
    case 'FULL_NAME':
      return { firstName: sub(string()), lastName: sub(string()) };
    case 'ADDRESS':
      return {
        addressStreet1: sub(string()),
        addressStreet2: sub(string()),
        addressCity: sub(string()),
        addressPostcode: sub(string()),
        addressState: sub(string()),
        addressCountry: sub(string()),
        addressLat: sub({ type: 'number' }),
        addressLng: sub({ type: 'number' }),
      };
    case 'ACTOR': {
      const properties: Record<string, JsonSchema> = { source: { type: 'string', enum: [...ACTOR_SOURCES] } };
      if (variant === 'response') {
        properties['workspaceMemberId'] = sub(string('uuid'));
        properties['name'] = sub(string());
      }
      return properties;
    }
    case 'RICH_TEXT_V2':
      return { blocknote: sub(string()), markdown: sub(string()) };
    case 'EMAILS':
      return { primaryEmail: sub(string()), additionalEmails: sub({ type: 'array', items: string('email') }) };
    case 'PHONES':
      return {
        additionalPhones: sub({ type: 'array', items: string() }),
        primaryPhoneCountryCode: sub(string()),
        primaryPhoneCallingCode: sub(string()),
        primaryPhoneNumber: sub(string()),
      };
    default: {
      // A composite kind added to field-kinds.ts but not mapped here: describe its sub-fields plainly.
      const kind: string = field.kind;
      const subFields = isCompositeKind(kind) ? storedSubFields(kind) : [];
      return Object.fromEntries(subFields.map((subField) => [subField.name, sub(string())]));
    }
  }
}

/** The schema of a non-relation field, before nullability. */
function scalarSchema(field: FieldDef, variant: SchemaVariant): JsonSchema {
  const optionValues = (field.options ?? []).map((option) => option.value);
  switch (field.kind) {
    case 'UUID':
      return string('uuid');
    case 'TEXT':
      return string();
    case 'DATE_TIME':
      return string('date-time');
    case 'DATE':
      return string('date');
    case 'NUMBER':
      return { type: field.numberType === 'float' ? 'number' : 'integer' };
    case 'NUMERIC':
    case 'POSITION':
      return { type: 'number' };
    case 'BOOLEAN':
      return { type: 'boolean' };
    case 'RAW_JSON':
      return { type: 'object' };
    case 'FILES':
      return {
        type: 'array',
        items: { type: 'object', properties: { fileId: string('uuid'), label: string() }, required: ['fileId', 'label'] },
      };
    case 'SELECT':
    case 'RATING':
      return { type: 'string', enum: optionValues };
    case 'MULTI_SELECT':
      return { type: 'array', items: { type: 'string', enum: optionValues } };
    case 'ARRAY':
      return { type: 'array', items: string() };
    default:
      if (isCompositeKind(field.kind)) return { type: 'object', properties: compositeProperties(field, variant) };
      return string();
  }
}

const withDescription = (schema: JsonSchema, field: FieldDef): JsonSchema =>
  field.description ? { ...schema, description: field.description } : schema;

/**
 * The properties one field contributes to an object schema. A many-to-one
 * relation always contributes its `<name>Id` join column, and in responses the
 * embedded record too; a one-to-many relation appears only in responses.
 */
export function fieldProperties(field: FieldDef, variant: SchemaVariant): Record<string, JsonSchema> {
  const nullable = variant === 'response' && field.nullable;
  // Twenty's 2026 generator types a MORPH_RELATION branch as a plain string under
  // the field's own name, in create and response schemas alike, and leaves its
  // real join column (`target<X>Id`) out (REAL-WORKSPACE.md §4.4): kept as is.
  if (field.morph) return { [field.name]: withDescription(string(), field) };
  if (field.kind === 'RELATION' && field.relation) {
    const target = `#/components/schemas/${capitalize(field.relation.target)}ForResponse`;
    if (field.relation.type === 'MANY_TO_ONE') {
      const joinColumn = field.relation.joinColumn ?? `${field.name}Id`;
      const properties: Record<string, JsonSchema> = { [joinColumn]: orNull(string('uuid'), nullable) };
      if (variant === 'response') {
        properties[field.name] = withDescription(
          // Nullable: the OpenAPI 3.1 nullable-reference idiom, with no outer `type`
          // (an outer `object` would refuse the null that depth=1 returns for no relation).
          nullable ? { oneOf: [{ $ref: target }, { type: 'null' }] } : { type: 'object', oneOf: [{ $ref: target }] },
          field,
        );
      }
      return properties;
    }
    if (variant === 'write') return {};
    return { [field.name]: withDescription({ type: 'array', items: { $ref: target } }, field) };
  }
  return { [field.name]: withDescription(orNull(scalarSchema(field, variant), nullable), field) };
}
