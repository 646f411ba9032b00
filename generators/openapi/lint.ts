// Lint rules about the document itself (DOC-002 … DOC-014, see document-rules.ts;
// DOC-011 is the check OAS-002, its rule in document-checks.ts).
// Each rule reports at most one finding per document; when the same problem occurs in
// many operations, the finding lists every place in `pointers`.
import { COMPARATORS } from '../kinds/comparators.ts';
import { allOperations, buildCatalogue } from './catalogue.ts';
import { asRecord, asString, isRecord, pointerOf, resolveNode, type JsonObject } from './document-walk.ts';
import { comparatorClaim, defaultDirectionClaim, limitClaim } from './prose-claims.ts';
import { describesNoObjects } from './document-checks.ts';
import { ruleById, type DocumentFinding, type DocumentRuleId } from './document-rules.ts';
import type { Catalogue } from './catalogue-types.ts';

/** Twenty's server default for `depth` (contract §5.6): absent → 0. */
export const SERVER_DEFAULT_DEPTH = 0;
const LIST_PARAMETERS = ['filter', 'order_by', 'limit', 'starting_after', 'ending_before'] as const;
const CURSOR_PARAMETERS: ReadonlySet<string> = new Set(['starting_after', 'ending_before']);

type Rule = (document: JsonObject, catalogue: Catalogue) => DocumentFinding | null;

export function lintDocument(input: unknown, catalogue?: Catalogue): DocumentFinding[] {
  const document = asRecord(input);
  const known = catalogue ?? buildCatalogue(document);
  return RULES.map((rule) => rule(document, known)).filter((finding): finding is DocumentFinding => finding !== null);
}

function finding(id: DocumentRuleId, message: string, pointers: string[] = []): DocumentFinding {
  const unique = [...new Set(pointers)];
  return {
    id,
    level: ruleById(id).level,
    message,
    ...(unique[0] !== undefined ? { pointer: unique[0] } : {}),
    ...(unique.length > 1 ? { pointers: unique } : {}),
  };
}

function describe(places: string[], max = 5): string {
  const shown = places.slice(0, max).join(', ');
  return places.length > max ? `${shown} and ${places.length - max} more` : shown;
}

// ---------------------------------------------------------------- parameters

interface FoundParameter {
  pointer: string;
  node: JsonObject;
  schema: JsonObject;
}

/** Every declaration of a parameter by name: in components, and inline in operations. */
function parametersNamed(document: JsonObject, name: string): FoundParameter[] {
  const found: FoundParameter[] = [];
  for (const [key, raw] of Object.entries(asRecord(asRecord(document.components).parameters))) {
    const node = resolveNode(document, raw).node;
    if (node.name === name) found.push({ pointer: pointerOf('components', 'parameters', key), node, schema: resolveNode(document, node.schema).node });
  }
  for (const { path, method, operation } of allOperations(document)) {
    const list = Array.isArray(operation.parameters) ? operation.parameters : [];
    list.forEach((raw, index) => {
      // Refs were counted with the components above.
      if (!isRecord(raw) || raw.$ref !== undefined || raw.name !== name) return;
      found.push({ pointer: pointerOf('paths', path, method, 'parameters', String(index)), node: raw, schema: resolveNode(document, raw.schema).node });
    });
  }
  return found;
}

const proseOf = (document: JsonObject): string => asString(asRecord(document.info).description) ?? '';

// ---------------------------------------------------------------- prose rules

const limitProse: Rule = (document, catalogue) => {
  const claim = limitClaim(proseOf(document));
  if (claim === undefined) return null;
  const disagreements: string[] = [];
  if (claim.default !== undefined && catalogue.limit.default !== null && claim.default !== catalogue.limit.default) {
    disagreements.push(`default ${claim.default} in prose, ${catalogue.limit.default} in the schema`);
  }
  if (claim.maximum !== undefined && catalogue.limit.maximum !== null && claim.maximum !== catalogue.limit.maximum) {
    disagreements.push(`maximum ${claim.maximum} in prose, ${catalogue.limit.maximum} in the schema`);
  }
  if (disagreements.length === 0) return null;
  const schemaPointers = parametersNamed(document, 'limit').map((parameter) => `${parameter.pointer}/schema`);
  return finding(
    'DOC-002',
    `info.description and the \`limit\` parameter disagree: ${disagreements.join('; ')}. The schema is taken as the contract.`,
    ['/info/description', ...schemaPointers],
  );
};

const directionProse: Rule = (document) => {
  const prose = defaultDirectionClaim(proseOf(document));
  if (prose === undefined) return null;
  const disagreeing = parametersNamed(document, 'order_by').filter((parameter) => {
    const claimed = defaultDirectionClaim(asString(parameter.node.description) ?? '');
    return claimed !== undefined && claimed !== prose;
  });
  if (disagreeing.length === 0) return null;
  const other = defaultDirectionClaim(asString(disagreeing[0]?.node.description) ?? '');
  return finding(
    'DOC-003',
    `info.description says the default direction is ${prose}, the \`order_by\` parameter description says ${other}.`,
    ['/info/description', ...disagreeing.map((parameter) => `${parameter.pointer}/description`)],
  );
};

const comparatorProse: Rule = (document) => {
  const sources = [
    { where: 'info.description', pointer: '/info/description', text: proseOf(document) },
    ...parametersNamed(document, 'filter').map((parameter) => ({
      where: `the \`filter\` parameter (${parameter.pointer})`,
      pointer: `${parameter.pointer}/description`,
      text: asString(parameter.node.description) ?? '',
    })),
  ];
  const accepted: readonly string[] = COMPARATORS;
  const problems: { where: string; pointer: string; text: string }[] = [];
  for (const source of sources) {
    const listed = comparatorClaim(source.text);
    if (listed === undefined) continue;
    const missing = accepted.filter((name) => !listed.includes(name));
    const unknown = listed.filter((name) => !accepted.includes(name));
    if (missing.length === 0 && unknown.length === 0) continue;
    const parts = [
      ...(missing.length > 0 ? [`omits ${missing.join(', ')}`] : []),
      ...(unknown.length > 0 ? [`lists ${unknown.join(', ')}, which the grammar does not accept`] : []),
    ];
    problems.push({ where: source.where, pointer: source.pointer, text: parts.join(' and ') });
  }
  if (problems.length === 0) return null;
  return finding(
    'DOC-004',
    `The comparator list in prose differs from the grammar (${COMPARATORS.join(', ')}): ${problems
      .map((problem) => `${problem.where} ${problem.text}`)
      .join('; ')}.`,
    problems.map((problem) => problem.pointer),
  );
};

const bearerColonAdvice: Rule = (document) => {
  const pointers: string[] = [];
  for (const [key, raw] of Object.entries(asRecord(asRecord(document.components).securitySchemes))) {
    const description = asString(resolveNode(document, raw).node.description) ?? '';
    if (/Bearer:\s/.test(description)) pointers.push(pointerOf('components', 'securitySchemes', key, 'description'));
  }
  if (pointers.length === 0) return null;
  return finding(
    'DOC-005',
    'The security scheme advises a `Bearer: ` prefix; with the colon the token is not recognised. Send `Authorization: Bearer <token>`.',
    pointers,
  );
};

// ---------------------------------------------------------------- response shapes

/** Walks inline parts of a schema (not into component refs), calling `visit` on each node. */
function walkInline(node: unknown, at: string, visit: (node: JsonObject, at: string) => void, depth = 0): void {
  if (!isRecord(node) || depth > 8 || node.$ref !== undefined) return;
  visit(node, at);
  for (const [key, value] of Object.entries(asRecord(node.properties))) {
    walkInline(value, `${at}/properties/${pointerOf(key).slice(1)}`, visit, depth + 1);
  }
  if (isRecord(node.items)) walkInline(node.items, `${at}/items`, visit, depth + 1);
}

/** Every inline `pageInfo` schema in 2xx JSON responses, with its pointer. */
function pageInfoSchemas(document: JsonObject): { pointer: string; schema: JsonObject }[] {
  const found: { pointer: string; schema: JsonObject }[] = [];
  for (const { path, method, operation } of allOperations(document)) {
    for (const [status, rawResponse] of Object.entries(asRecord(operation.responses))) {
      if (!status.startsWith('2')) continue;
      const response = resolveNode(document, rawResponse).node;
      const schema = asRecord(asRecord(asRecord(response.content)['application/json']).schema);
      const base = pointerOf('paths', path, method, 'responses', status, 'content', 'application/json', 'schema');
      walkInline(schema, base, (node, at) => {
        const pageInfo = asRecord(node.properties).pageInfo;
        if (isRecord(pageInfo)) found.push({ pointer: `${at}/properties/pageInfo`, schema: resolveNode(document, pageInfo).node });
      });
    }
  }
  return found;
}

const uuidCursors: Rule = (document) => {
  const pointers = pageInfoSchemas(document)
    .filter(({ schema }) =>
      ['startCursor', 'endCursor'].some((name) => resolveNode(document, asRecord(schema.properties)[name]).node.format === 'uuid'),
    )
    .map(({ pointer }) => pointer);
  if (pointers.length === 0) return null;
  return finding(
    'DOC-006',
    `pageInfo types startCursor/endCursor as \`format: uuid\` in ${pointers.length} response(s); real cursors are base64-encoded JSON, so the suite does not check that format.`,
    pointers,
  );
};

const missingHasPreviousPage: Rule = (document) => {
  const pointers = pageInfoSchemas(document)
    .filter(({ schema }) => asRecord(schema.properties).hasPreviousPage === undefined)
    .map(({ pointer }) => pointer);
  if (pointers.length === 0) return null;
  return finding(
    'DOC-007',
    `pageInfo lacks \`hasPreviousPage\` in ${pointers.length} response(s), although the server returns it.`,
    pointers,
  );
};

/** The examples attached to a JSON media type, wherever the document put them. */
function examplesOf(media: JsonObject, schema: JsonObject): unknown[] {
  const examples = Object.values(asRecord(media.examples)).map((example) => asRecord(example).value);
  return [schema.example, media.example, ...examples].filter((example) => example !== undefined);
}

const singularMessageExamples: Rule = (document) => {
  const responses: { pointer: string; raw: unknown }[] = [
    ...Object.entries(asRecord(asRecord(document.components).responses)).map(([key, raw]) => ({
      pointer: pointerOf('components', 'responses', key),
      raw,
    })),
    ...allOperations(document).flatMap(({ path, method, operation }) =>
      Object.entries(asRecord(operation.responses))
        .filter(([status, raw]) => /^[45]/.test(status) && isRecord(raw) && raw.$ref === undefined)
        .map(([status, raw]) => ({ pointer: pointerOf('paths', path, method, 'responses', status), raw })),
    ),
  ];
  const pointers = responses
    .filter(({ raw }) => {
      const media = asRecord(asRecord(resolveNode(document, raw).node.content)['application/json']);
      const schema = resolveNode(document, media.schema).node;
      if (asRecord(schema.properties).messages === undefined) return false;
      return examplesOf(media, schema).some((example) => isRecord(example) && 'message' in example && !('messages' in example));
    })
    .map(({ pointer }) => pointer);
  if (pointers.length === 0) return null;
  return finding(
    'DOC-008',
    `Error example(s) use \`message\` while the body schema declares \`messages\` (an array): ${describe(pointers)}.`,
    pointers,
  );
};

const depthDefault: Rule = (document) => {
  const disagreeing = parametersNamed(document, 'depth').filter(
    ({ schema }) => schema.default !== undefined && schema.default !== SERVER_DEFAULT_DEPTH,
  );
  const first = disagreeing[0];
  if (first === undefined) return null;
  return finding(
    'DOC-009',
    `The \`depth\` parameter declares default ${JSON.stringify(first.schema.default)}, but the server default is ${SERVER_DEFAULT_DEPTH} (depth absent → 0).`,
    disagreeing.map((parameter) => `${parameter.pointer}/schema/default`),
  );
};

const incompleteListOperations: Rule = (_document, catalogue) => {
  const gaps: { place: string; pointer: string }[] = [];
  for (const object of catalogue.objects) {
    // In a legacy document the missing cursor parameters are DOC-012's business.
    const expected = LIST_PARAMETERS.filter((name) => !(catalogue.legacy && CURSOR_PARAMETERS.has(name)));
    const missing = expected.filter((name) => !object.listParameters.includes(name));
    if (missing.length === 0) continue;
    const documentPath = `${catalogue.pathPrefix}${object.listPath}`;
    gaps.push({ place: `GET ${documentPath} (${missing.join(', ')})`, pointer: pointerOf('paths', documentPath, 'get', 'parameters') });
  }
  if (gaps.length === 0) return null;
  return finding(
    'DOC-010',
    `${gaps.length} list operation(s) do not declare every list parameter: ${describe(gaps.map((gap) => gap.place))}.`,
    gaps.map((gap) => gap.pointer),
  );
};

/** DOC-011 is OAS-002: its rule is document-checks.ts's. */
const baseDocumentOnly: Rule = (_document, catalogue) => {
  if (!describesNoObjects(catalogue)) return null;
  return finding(
    'DOC-011',
    'The document describes no objects (only the base document): the token was not accepted or not sent. Check TWENTY_API_KEY (or --token-file).',
    ['/paths'],
  );
};

const unknownKinds: Rule = (_document, catalogue) => {
  const places: { name: string; pointer: string }[] = [];
  for (const object of catalogue.objects) {
    const schema = object.schemaNames.response ?? object.schemaNames.create;
    for (const field of object.fields) {
      const unknownSubs = (field.subFields ?? []).filter((sub) => sub.kind === 'UNKNOWN').map((sub) => `${field.name}.${sub.name}`);
      const names = field.kind === 'UNKNOWN' ? [field.name] : unknownSubs;
      for (const name of names) {
        places.push({
          name: `${object.plural}.${name}`,
          pointer: schema !== undefined ? pointerOf('components', 'schemas', schema, 'properties', field.name) : '/paths',
        });
      }
    }
  }
  if (places.length === 0) return null;
  return finding(
    'DOC-014',
    `${places.length} field(s) have a schema that matches no Twenty field kind, so no check filters, orders or validates them by kind: ${describe(
      places.map((place) => place.name),
      12,
    )}.`,
    places.map((place) => place.pointer),
  );
};

const legacyDocument: Rule = (document, catalogue) => {
  if (!catalogue.legacy) return null;
  const lastCursor = parametersNamed(document, 'last_cursor').map((parameter) => parameter.pointer);
  return finding(
    'DOC-012',
    'Legacy document (2024 era): list operations have no starting_after/ending_before' +
      (lastCursor.length > 0 ? ' and page with `last_cursor`' : '') +
      '. The suite targets the current contract; cursor pagination is not described by this document.',
    lastCursor.length > 0 ? lastCursor : ['/paths'],
  );
};

const serversReported: Rule = (document) => {
  const entries: { url: string; pointer: string }[] = [];
  const collect = (servers: unknown, at: string): void => {
    if (!Array.isArray(servers)) return;
    servers.forEach((server, index) => {
      const url = asString(asRecord(server).url);
      if (url !== undefined) entries.push({ url, pointer: `${at}/servers/${index}` });
    });
  };
  collect(document.servers, '');
  for (const [path, item] of Object.entries(asRecord(document.paths))) {
    collect(asRecord(item).servers, pointerOf('paths', path));
  }
  for (const { path, method, operation } of allOperations(document)) collect(operation.servers, pointerOf('paths', path, method));
  if (entries.length === 0) return null;
  const urls = [...new Set(entries.map((entry) => entry.url))];
  return finding(
    'DOC-013',
    `The document names server(s) ${urls.join(', ')}; reported only: requests always go to the given base URL.`,
    entries.map((entry) => entry.pointer),
  );
};

const RULES: readonly Rule[] = [
  limitProse,
  directionProse,
  comparatorProse,
  bearerColonAdvice,
  uuidCursors,
  missingHasPreviousPage,
  singularMessageExamples,
  depthDefault,
  incompleteListOperations,
  baseDocumentOnly,
  legacyDocument,
  serversReported,
  unknownKinds,
];
