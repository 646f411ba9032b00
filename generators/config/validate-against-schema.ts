// Validates a value against one of the project's own JSON Schemas (schemas/*.json).
// The schemas are loaded as JSON modules (what `import … with { type: 'json' }`
// is, in the form Node 20 runs without a warning): part of the package's code,
// the same bytes on every run, so this module stays pure.
import { createRequire } from 'node:module';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// ajv and ajv-formats are CommonJS; under ESM their default export may be wrapped.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

const loadJsonModule = createRequire(import.meta.url);

function validatorFor(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(loadJsonModule(`../../schemas/${name}`) as object);
    compiled.set(name, validate);
  }
  return validate;
}

/** Returns readable error lines; empty when the value is valid. */
export function schemaErrors(schemaFile: string, value: unknown): string[] {
  const validate = validatorFor(schemaFile);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
