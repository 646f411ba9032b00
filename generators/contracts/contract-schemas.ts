// The contract's own response shapes (schemas/*.schema.json), which hold
// whatever a deployment's document says. Loaded as JSON modules: part of the
// package's code, so this module stays pure.
import { createRequire } from 'node:module';

export const CONTRACT_SCHEMA_FILES = ['page-info.schema.json', 'list-envelope.schema.json', 'error-body.schema.json'] as const;

export type ContractSchemaFile = (typeof CONTRACT_SCHEMA_FILES)[number];

export interface ContractSchema {
  file: ContractSchemaFile;
  $id: string;
  schema: Record<string, unknown>;
}

const loadJsonModule = createRequire(import.meta.url);

let cache: ContractSchema[] | undefined;

export function loadContractSchemas(): ContractSchema[] {
  cache ??= CONTRACT_SCHEMA_FILES.map((file) => {
    // A copy: the module cache hands every caller the same object, and ajv may annotate it.
    const schema = structuredClone(loadJsonModule(`../../schemas/${file}`)) as Record<string, unknown>;
    if (typeof schema.$id !== 'string') throw new Error(`schemas/${file} has no $id`);
    return { file, $id: schema.$id, schema };
  });
  return cache;
}

export function contractSchemaId(file: ContractSchemaFile): string {
  const found = loadContractSchemas().find((entry) => entry.file === file);
  if (!found) throw new Error(`unknown contract schema ${file}`);
  return found.$id;
}
