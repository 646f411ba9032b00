// A response that breaks a schema, as a structured finding with a one-line
// summary in the Schemathesis style: `Received: … at … / Documented: …`.
import type { ErrorObject } from 'ajv';

export type ViolationKind = 'schema' | 'undocumented-status' | 'undocumented-operation' | 'status-mismatch' | 'not-json';

export interface ContractViolation {
  kind: ViolationKind;
  /** Which schema was broken: the deployment's document or the contract's own shapes. */
  source: 'document' | 'contract';
  /** Document pointer of the response schema, or the contract schema's $id. */
  schema: string;
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message: string;
  /** The offending value as JSON, truncated. */
  received: string;
  summary: string;
  /**
   * De-duplication key: the same fault on every record of a page (or of a
   * run) shares it, since array indexes are replaced by `*`.
   */
  key: string;
}

// Array indexes become a star, so /data/companies/3/employees and
// /data/companies/0/employees share one key.
export function genericPath(instancePath: string): string {
  return instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
}

const keyOf = (source: string, schema: string, instancePath: string, keyword: string) => `${source} ${schema} ${genericPath(instancePath)} ${keyword}`;

const MAX_RECEIVED = 120;

export function describeValue(value: unknown, max = MAX_RECEIVED): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

const at = (instancePath: string) => (instancePath === '' ? '(root)' : instancePath);

const quoteList = (values: readonly unknown[], max = 6) =>
  values
    .slice(0, max)
    .map((value) => JSON.stringify(value))
    .join(', ') + (values.length > max ? `, … (${values.length} in all)` : '');

/** What the schema wanted, in words. */
export function describeExpectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return Array.isArray(params.type) ? params.type.join(' or ') : String(params.type);
    case 'required':
      return `required property ${JSON.stringify(params.missingProperty)}`;
    case 'additionalProperties': {
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const allowed = properties ? Object.keys(properties) : [];
      return allowed.length > 0 ? `only ${quoteList(allowed)}` : 'no other properties';
    }
    case 'format':
      return `string in format ${JSON.stringify(params.format)}`;
    case 'enum':
      return `one of ${quoteList((params.allowedValues as unknown[]) ?? [])}`;
    case 'const':
      return JSON.stringify(params.allowedValue);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${String(params.comparison)} ${String(params.limit)}`;
    default:
      return (error.message ?? error.keyword).replace(/^must /, '');
  }
}

/** What was received, in words. */
function describeReceived(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `no ${JSON.stringify(params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `unexpected property ${JSON.stringify(params.additionalProperty)}`;
  if (error.keyword === 'minProperties' || error.keyword === 'maxProperties') {
    return `${Object.keys((error.data as object | null) ?? {}).length} properties ${describeValue(Object.keys((error.data as object | null) ?? {}))}`;
  }
  return describeValue(error.data, 60);
}

export function violationFromAjv(error: ErrorObject, source: ContractViolation['source'], schema: string): ContractViolation {
  const instancePath = error.instancePath;
  const label = source === 'document' ? 'Documented' : 'Contract';
  return {
    kind: 'schema',
    source,
    schema,
    instancePath,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    message: error.message ?? error.keyword,
    received: describeValue(error.data),
    summary: `Received: ${describeReceived(error)} at ${at(instancePath)} / ${label}: ${describeExpectation(error)}`,
    key: keyOf(source, schema, instancePath, error.keyword),
  };
}

export function simpleViolation(kind: ViolationKind, source: ContractViolation['source'], schema: string, summary: string, received = '', instancePath = ''): ContractViolation {
  return { kind, source, schema, instancePath, schemaPath: '', keyword: kind, message: summary, received, summary, key: keyOf(source, schema, instancePath, kind) };
}

/** ajv errors that only restate others (our null-widening `if`, and combinator roll-ups). */
export function isNoise(error: ErrorObject): boolean {
  return error.keyword === 'if';
}
