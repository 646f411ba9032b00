// Response-contract validation: is this answer what the deployment's own
// OpenAPI document promises for that operation and status, and does it have
// the contract's own shapes (error body, list envelope, pageInfo)?
//
// Known defects of Twenty's document are corrected before validating and are
// reported once per validator as DocumentDefects, so that the report tells
// "the document is wrong" apart from "the server is wrong".
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema } from './allow-null.ts';
import { contractSchemaId, loadContractSchemas } from './contract-schemas.ts';
import { DEFECT_MESSAGES, documentExpressesNullability, fixErrorBody, type DocumentDefect, type DocumentDefectId } from './document-defects.ts';
import { appendPointer } from './json-pointer.ts';
import { objectPathPrefix } from '../openapi/catalogue.ts';
import { SchemaConverter } from './schema-converter.ts';
import { describeValue, isNoise, simpleViolation, violationFromAjv, type ContractViolation } from './violation.ts';

export interface ResponseToValidate {
  method: string;
  /** The path as the document names it, e.g. `/companies/{id}`. */
  pathTemplate: string;
  status: number;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  body: unknown;
}

export interface ValidationResult {
  ok: boolean;
  errors: ContractViolation[];
  /** Document defects first met by this call (each defect is reported once per validator). */
  documentDefects: DocumentDefect[];
}

export interface ResponseValidator {
  validateResponse(response: ResponseToValidate): ValidationResult;
  /** Every document defect met so far, once each, in the order found. */
  documentDefects(): DocumentDefect[];
}

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject => value !== null && typeof value === 'object' && !Array.isArray(value);

// Formats OpenAPI defines for numbers and binary data: accepted, not checked.
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, logger: false, inlineRefs: false, validateSchema: false });
  addFormats(ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  for (const { schema } of loadContractSchemas()) ajv.addSchema(schema);
  return ajv;
}

interface DocumentedResponse {
  key: string;
  node: unknown;
  pointer: string;
}

/** The response object for a status: exact code, then `4XX`-style range, then `default`. */
export function findDocumentedResponse(responses: unknown, status: number, pointer: string): DocumentedResponse | undefined {
  if (!isObject(responses)) return undefined;
  const range = `${String(status)[0]}XX`;
  const key = [String(status), range, range.toLowerCase(), 'default'].find((candidate) => candidate in responses);
  return key === undefined ? undefined : { key, node: responses[key], pointer: appendPointer(pointer, key) };
}

function jsonContentKey(content: SchemaObject): string | undefined {
  if ('application/json' in content) return 'application/json';
  return Object.keys(content).find((type) => /[/+]json\b/i.test(type));
}

export function createResponseValidator(document: unknown): ResponseValidator {
  const ajv = createAjv();
  const found = new Map<string, DocumentDefect>();
  let fresh: DocumentDefect[] = [];
  const report = (id: DocumentDefectId, pointer: string, detail?: string) => {
    const key = `${id} ${pointer}`;
    if (found.has(key)) return;
    const defect = { id, pointer, message: detail ? `${DEFECT_MESSAGES[id]}: ${detail}` : DEFECT_MESSAGES[id] };
    found.set(key, defect);
    fresh.push(defect);
  };
  const openapiVersion = isObject(document) && typeof document.openapi === 'string' ? document.openapi : '';
  const widenRecordNullability = !documentExpressesNullability(document);
  const converter = new SchemaConverter({
    document,
    openapi30: openapiVersion.startsWith('3.0') || (isObject(document) && typeof document.swagger === 'string'),
    widenRecordNullability,
    register: (_id, schema) => ajv.addSchema(schema),
    report,
  });
  const compiled = new Map<string, ValidateFunction | null>();
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  // Requests name paths relative to the REST root (`/companies`); a document may write them `/rest/companies`.
  const pathPrefix = objectPathPrefix(document);
  const documentedPath = (template: string): string =>
    paths[template] === undefined && paths[`${pathPrefix}${template}`] !== undefined ? `${pathPrefix}${template}` : template;

  /** The compiled schema of one documented response body (null when it cannot be compiled). */
  function documentValidator(schemaNode: unknown, schemaPointer: string, status: number): ValidateFunction | null {
    const isError = status >= 400;
    const key = `${converter.pointerOf(schemaNode, schemaPointer)} ${isError ? 'error' : 'success'}`;
    const cached = compiled.get(key);
    if (cached !== undefined) return cached;
    let validate: ValidateFunction | null = null;
    try {
      let top: JsonSchema = converter.convertTop(schemaNode, schemaPointer);
      if (widenRecordNullability) report('record-nullability-not-expressed', '#/components/schemas');
      top = isError ? fixErrorBody(top, converter.pointerOf(schemaNode, schemaPointer), report) : tightenEnvelope(top);
      validate = ajv.compile(top);
    } catch (error) {
      report('schema-not-compilable', schemaPointer, error instanceof Error ? error.message : String(error));
    }
    compiled.set(key, validate);
    return validate;
  }

  function contractValidator(file: 'error-body.schema.json' | 'list-envelope.schema.json'): ValidateFunction {
    const id = contractSchemaId(file);
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`contract schema ${id} not loaded`);
    return validate;
  }

  function validateResponse(response: ResponseToValidate): ValidationResult {
    fresh = [];
    const errors: ContractViolation[] = [];
    const method = response.method.toLowerCase();
    const documentPath = documentedPath(response.pathTemplate);
    const pathItem = paths[documentPath];
    const operationPointer = appendPointer('#', 'paths', documentPath, method);
    const operation = isObject(pathItem) ? pathItem[method] : undefined;
    let documentSchema: { node: unknown; pointer: string } | undefined;
    let isList = false;

    if (!isObject(operation)) {
      errors.push(simpleViolation('undocumented-operation', 'document', operationPointer, `Received: ${response.method.toUpperCase()} ${response.pathTemplate} / Documented: no such operation`));
    } else {
      const documented = findDocumentedResponse(operation.responses, response.status, appendPointer(operationPointer, 'responses'));
      if (!documented) {
        const listed = isObject(operation.responses) ? Object.keys(operation.responses).join(', ') : 'none';
        errors.push(simpleViolation('undocumented-status', 'document', appendPointer(operationPointer, 'responses'), `Received: status ${response.status} / Documented: ${listed}`, String(response.status)));
      } else {
        const target = converter.follow(documented.node, documented.pointer);
        const content = isObject(target.node) && isObject(target.node.content) ? target.node.content : undefined;
        const type = content ? jsonContentKey(content) : undefined;
        if (content && type !== undefined && isObject(content[type]) && 'schema' in content[type]) {
          documentSchema = { node: content[type].schema, pointer: appendPointer(target.pointer, 'content', type, 'schema') };
          isList = method === 'get' && response.status < 300 && !response.pathTemplate.includes('{') && describesList(converter, documentSchema);
        }
      }
    }

    const isError = response.status >= 400;
    if (response.body === undefined) {
      if (documentSchema || isError) errors.push(simpleViolation('not-json', documentSchema ? 'document' : 'contract', documentSchema?.pointer ?? contractSchemaId('error-body.schema.json'), `Received: a body that is not JSON / ${documentSchema ? 'Documented' : 'Contract'}: application/json`));
      return finish(errors);
    }

    if (documentSchema) {
      const validate = documentValidator(documentSchema.node, documentSchema.pointer, response.status);
      if (validate && !validate(response.body)) errors.push(...toViolations(validate.errors, 'document', converter.pointerOf(documentSchema.node, documentSchema.pointer)));
    }
    if (isError) {
      const validate = contractValidator('error-body.schema.json');
      if (!validate(response.body)) errors.push(...toViolations(validate.errors, 'contract', contractSchemaId('error-body.schema.json')));
      const statusCode = isObject(response.body) ? response.body.statusCode : undefined;
      if (typeof statusCode === 'number' && statusCode !== response.status) {
        errors.push(simpleViolation('status-mismatch', 'contract', contractSchemaId('error-body.schema.json'), `Received: statusCode ${statusCode} at /statusCode / Contract: the HTTP status ${response.status}`, describeValue(statusCode), '/statusCode'));
      }
    }
    if (isList) {
      const validate = contractValidator('list-envelope.schema.json');
      if (!validate(response.body)) errors.push(...toViolations(validate.errors, 'contract', contractSchemaId('list-envelope.schema.json')));
    }
    return finish(errors);
  }

  function finish(errors: ContractViolation[]): ValidationResult {
    const unique = dedupe(errors);
    return { ok: unique.length === 0, errors: unique, documentDefects: fresh };
  }

  return { validateResponse, documentDefects: () => [...found.values()] };
}

/** A find-many body: `data` holds exactly one documented key, an array. */
function describesList(converter: SchemaConverter, schema: { node: unknown; pointer: string }): boolean {
  const top = converter.follow(schema.node, schema.pointer).node;
  if (!isObject(top) || !isObject(top.properties)) return false;
  const data = converter.follow(top.properties.data, '').node;
  if (!isObject(data) || !isObject(data.properties)) return false;
  const keys = Object.keys(data.properties);
  if (keys.length !== 1) return false;
  const records = converter.follow(data.properties[keys[0] ?? ''], '').node;
  return isObject(records) && records.type === 'array';
}

/**
 * Success envelopes have exactly one key under `data`, the one the document
 * names (contract §1.2). Twenty documents that key without `required`, so
 * without this a body with the wrong key (or none) would pass.
 */
export function tightenEnvelope(schema: JsonSchema): JsonSchema {
  if (!isObject(schema) || !isObject(schema.properties)) return schema;
  const data = schema.properties.data;
  if (!isObject(data) || !isObject(data.properties) || 'additionalProperties' in data) return schema;
  const keys = Object.keys(data.properties);
  if (keys.length !== 1) return schema;
  const required = (value: unknown, name: string) => [...new Set([...(Array.isArray(value) ? value : []), name])];
  return {
    ...schema,
    required: required(schema.required, 'data'),
    properties: { ...schema.properties, data: { ...data, required: required(data.required, keys[0] ?? ''), additionalProperties: false } },
  };
}

function toViolations(errors: ErrorObject[] | null | undefined, source: ContractViolation['source'], schema: string): ContractViolation[] {
  const meaningful = (errors ?? []).filter((error) => !isNoise(error));
  // A failed oneOf/anyOf only restates the errors of its branches; keep it
  // only when no branch error explains the same value.
  const specific = meaningful.filter((error) => !ROLL_UPS.has(error.keyword));
  const kept = meaningful.filter(
    (error) => !ROLL_UPS.has(error.keyword) || !specific.some((other) => other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`)),
  );
  return kept.map((error) => violationFromAjv(error, source, schema));
}

const ROLL_UPS = new Set(['oneOf', 'anyOf']);

function dedupe(errors: ContractViolation[]): ContractViolation[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${error.summary.replace(/ \/ (Documented|Contract): /, ' / ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
