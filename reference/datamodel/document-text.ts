// The text of a `--datamodel` file as a document: JSON first (the usual export,
// and exact), then YAML (a superset of JSON). Pure; the messages name the file.
import { parse as parseYaml } from 'yaml';

export class DocumentTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentTextError';
  }
}

export function parseDocumentText(text: string, origin: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      value = parseYaml(text);
    } catch {
      throw new DocumentTextError(`${origin} is neither JSON nor YAML: give an OpenAPI document in one of those formats`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DocumentTextError(`${origin} does not hold an OpenAPI document (expected an object at the top level): check the path or URL`);
  }
  return value as Record<string, unknown>;
}
