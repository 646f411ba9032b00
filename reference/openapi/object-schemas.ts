// The three schemas Twenty publishes per object (contract §7.4): `X` (create
// body), `XForUpdate` (patch body) and `XForResponse` (records in responses).
import type { FieldDef, ObjectDef } from '../datamodel/types.ts';
import { capitalize } from '../http/envelopes.ts';
import { fieldProperties, type JsonSchema } from './field-schema.ts';
import { columnsOfField } from '../schema/columns.ts';

/**
 * The create schema's `required`: the fields Twenty's generator marks required,
 * the non-nullable ones without a default (a required many-to-one by its join
 * column). A composite is required only when one of its columns is.
 */
export function requiredProperties(object: ObjectDef): string[] {
  const required: string[] = [];
  for (const field of object.fields.filter(isWritable)) {
    if (field.morph || field.relation?.type === 'ONE_TO_MANY') continue;
    const columns = columnsOfField(object, field);
    if (!columns.some((column) => !column.nullable && column.defaultSql === undefined)) continue;
    required.push(field.relation?.type === 'MANY_TO_ONE' ? (field.relation.joinColumn ?? `${field.name}Id`) : field.name);
  }
  return required;
}

const isWritable = (field: FieldDef) => !field.system;

/** A small, valid example body: one value per writable scalar field Twenty-style. */
function exampleBody(object: ObjectDef): Record<string, unknown> {
  const example: Record<string, unknown> = {};
  for (const field of object.fields.filter(isWritable)) {
    switch (field.kind) {
      case 'TEXT':
        example[field.name] = `${object.labelSingular} ${field.name}`;
        break;
      case 'NUMBER':
        example[field.name] = field.numberType === 'float' ? 0.5 : 10;
        break;
      case 'BOOLEAN':
        example[field.name] = false;
        break;
      case 'SELECT':
        if (field.options?.[0]) example[field.name] = field.options[0].value;
        break;
      case 'FULL_NAME':
        example[field.name] = { firstName: 'Ada', lastName: 'Lovelace' };
        break;
      case 'CURRENCY':
        example[field.name] = { amountMicros: 344000000, currencyCode: 'EUR' };
        break;
      case 'LINKS':
        example[field.name] = { primaryLinkLabel: '', primaryLinkUrl: 'https://example.com', secondaryLinks: [] };
        break;
      default:
        break;
    }
  }
  return example;
}

function propertiesOf(fields: readonly FieldDef[], variant: 'write' | 'response'): Record<string, JsonSchema> {
  return Object.assign({}, ...fields.map((field) => fieldProperties(field, variant))) as Record<string, JsonSchema>;
}

export function objectSchemas(object: ObjectDef): Record<string, JsonSchema> {
  const name = capitalize(object.nameSingular);
  const writable = object.fields.filter(isWritable);
  const example = exampleBody(object);
  const required = requiredProperties(object);
  return {
    [name]: {
      type: 'object',
      description: object.description,
      properties: propertiesOf(writable, 'write'),
      ...(required.length > 0 ? { required } : {}),
      example,
    },
    [`${name}ForUpdate`]: {
      type: 'object',
      description: object.description,
      properties: propertiesOf(writable, 'write'),
      example,
    },
    [`${name}ForResponse`]: {
      type: 'object',
      description: object.description,
      properties: propertiesOf(object.fields, 'response'),
    },
  };
}
