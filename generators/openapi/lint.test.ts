import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDocument } from './lint.ts';
import { DOCUMENT_RULES } from './document-rules.ts';
import { asRecord, type JsonObject } from './document-walk.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';

// The synthetic document is clean but for its `servers` entry (DOC-013); each case
// changes one thing so that exactly its rule fires.
const components = (document: JsonObject): JsonObject => asRecord(document.components);
const parameter = (document: JsonObject, key: string): JsonObject => asRecord(asRecord(components(document).parameters)[key]);
const schemaOf = (node: JsonObject): JsonObject => asRecord(node.schema);
const withProse = (document: JsonObject, text: string): void => {
  asRecord(document.info).description = text;
};

const TRIGGERS: Record<string, (document: JsonObject) => void> = {
  'DOC-002': (document) => withProse(document, 'Use **limit** to cap page size (default: 60, max: 60).'),
  'DOC-003': (document) => withProse(document, 'Default per-field direction: DescNullsLast'),
  'DOC-004': (document) =>
    withProse(document, '- Common comparators: `eq`, `neq`, `in`, `containsAny`, `is`, `gt`, `gte`, `lt`, `lte`, `startsWith`, `like`, `ilike`'),
  'DOC-005': (document) => {
    asRecord(asRecord(components(document).securitySchemes).bearerAuth).description =
      'Enter the token with the `Bearer: ` prefix, e.g. "Bearer abcde12345".';
  },
  'DOC-006': (document) => {
    asRecord(asRecord(asRecord(asRecord(components(document).schemas).PageInfo).properties).endCursor).format = 'uuid';
  },
  'DOC-007': (document) => {
    delete asRecord(asRecord(asRecord(components(document).schemas).PageInfo).properties).hasPreviousPage;
  },
  'DOC-008': (document) => {
    const media = asRecord(asRecord(asRecord(asRecord(components(document).responses)['400']).content)['application/json']);
    asRecord(media.schema).example = { statusCode: 400, message: 'error message', error: 'Bad Request' };
  },
  'DOC-009': (document) => {
    schemaOf(parameter(document, 'depth')).default = 1;
  },
  'DOC-010': (document) => {
    const get = asRecord(asRecord(asRecord(document.paths)['/people']).get);
    get.parameters = (get.parameters as unknown[]).slice(0, 3);
  },
  'DOC-011': (document) => {
    document.paths = { '/open-api/core': asRecord(document.paths)['/open-api/core'] };
  },
  'DOC-012': (document) => {
    const parameters = asRecord(components(document).parameters);
    parameters.lastCursor = { name: 'last_cursor', in: 'query', schema: { type: 'string' } };
    for (const path of ['/companies', '/people', '/kitchenSinks', '/dashboards']) {
      const get = asRecord(asRecord(asRecord(document.paths)[path]).get);
      get.parameters = [
        ...(get.parameters as { $ref: string }[]).filter((entry) => !/startingAfter|endingBefore/.test(entry.$ref)),
        { $ref: '#/components/parameters/lastCursor' },
      ];
    }
  },
  'DOC-013': () => {},
  'DOC-014': (document) => {
    const sink = asRecord(asRecord(components(document).schemas).KitchenSinkForResponse);
    asRecord(sink.properties).hologram = { type: 'object', properties: { voxels: { type: 'integer' }, hue: { type: 'string' } } };
    // A 2024 links shape whose url is typed as nothing a link can be.
    asRecord(sink.properties).website = { type: 'object', properties: { label: { type: 'string' }, url: { type: 'array' } } };
  },
};

function idsOf(document: JsonObject): string[] {
  return lintDocument(document).map((finding) => finding.id);
}

test('rule ids are unique, formatted, and every rule has a trigger case', () => {
  const ids = DOCUMENT_RULES.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^DOC-\d{3}$/);
  // DOC-001 is validation (validate.test.ts); every lint rule has a case here.
  assert.deepEqual(Object.keys(TRIGGERS).sort(), ids.filter((id) => id !== 'DOC-001'));
});

test('the clean synthetic document triggers only the servers report', () => {
  assert.deepEqual(idsOf(syntheticDocument()), ['DOC-013']);
});

test('without servers, nothing fires at all', () => {
  const document = syntheticDocument();
  delete document.servers;
  assert.deepEqual(idsOf(document), []);
});

for (const [id, change] of Object.entries(TRIGGERS)) {
  test(`${id} fires once when its problem is introduced`, () => {
    const document = syntheticDocument();
    change(document);
    const findings = lintDocument(document).filter((finding) => finding.id === id);
    assert.equal(findings.length, 1, `${id} reported once`);
    const rule = DOCUMENT_RULES.find((candidate) => candidate.id === id);
    assert.equal(findings[0]?.level, rule?.level);
    assert.ok((findings[0]?.message.length ?? 0) > 10);
  });
}

test('DOC-002 names both numbers; a prose that agrees with the schema is silent', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-002']?.(document);
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-002');
  assert.match(finding?.message ?? '', /maximum 60 in prose, 200 in the schema/);
  assert.deepEqual(finding?.pointers, ['/info/description', '/components/parameters/limit/schema']);
  withProse(document, 'Use **limit** to cap page size (default: 60, max: 200).');
  assert.ok(!idsOf(document).includes('DOC-002'));
});

test('DOC-003 compares with the order_by description', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-003']?.(document);
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-003');
  assert.match(finding?.message ?? '', /DescNullsLast.*AscNullsFirst/);
});

test('DOC-004 names the omitted and unknown comparators, in prose and in the filter parameter', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-004']?.(document);
  parameter(document, 'filter').description = 'Available comparators are **eq**, **fuzzy**.';
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-004');
  assert.match(finding?.message ?? '', /info\.description omits endsWith/);
  assert.match(finding?.message ?? '', /lists fuzzy, which the grammar does not accept/);
  assert.deepEqual(finding?.pointers, ['/info/description', '/components/parameters/filter/description']);
});

test('DOC-006/007 aggregate every pageInfo into one finding with all pointers', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-007']?.(document);
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-007');
  // companies, people and kitchenSinks lists, plus the duplicates response.
  assert.equal(finding?.pointers?.length, 4);
  assert.ok(finding?.pointers?.includes('/paths/~1companies~1duplicates/post/responses/200/content/application~1json/schema/properties/data/items/properties/pageInfo'));
});

test('DOC-008 ignores an example that matches the schema', () => {
  const document = syntheticDocument();
  const media = asRecord(asRecord(asRecord(asRecord(components(document).responses)['400']).content)['application/json']);
  media.example = { statusCode: 400, messages: ['x'], error: 'BadRequestException' };
  assert.ok(!idsOf(document).includes('DOC-008'));
});

test('DOC-009 is silent for a depth without default, or default 0', () => {
  const document = syntheticDocument();
  delete schemaOf(parameter(document, 'depth')).default;
  assert.ok(!idsOf(document).includes('DOC-009'));
});

test('DOC-010 lists the operation and its missing parameters', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-010']?.(document);
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-010');
  assert.match(finding?.message ?? '', /GET \/people \(starting_after, ending_before\)/);
  assert.equal(finding?.pointer, '/paths/~1people/get/parameters');
});

test('DOC-012 (legacy) takes over the missing cursor parameters from DOC-010', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-012']?.(document);
  const ids = idsOf(document);
  assert.ok(ids.includes('DOC-012'));
  assert.ok(!ids.includes('DOC-010'));
});

test('DOC-011 is an error and a base document is not legacy', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-011']?.(document);
  const findings = lintDocument(document);
  assert.equal(findings.find((finding) => finding.id === 'DOC-011')?.level, 'error');
  assert.ok(!findings.some((finding) => finding.id === 'DOC-012'));
});

test('DOC-013 reports operation-level servers too', () => {
  const document = syntheticDocument();
  delete document.servers;
  asRecord(asRecord(asRecord(document.paths)['/open-api/core']).get).servers = [{ url: 'https://elsewhere.test' }];
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-013');
  assert.match(finding?.message ?? '', /https:\/\/elsewhere\.test/);
  assert.equal(finding?.pointer, '/paths/~1open-api~1core/get/servers/0');
});

test('DOC-014 names every unknown field and sub-field as object.field, with its schema pointer', () => {
  const document = syntheticDocument();
  TRIGGERS['DOC-014']?.(document);
  const [finding] = lintDocument(document).filter((candidate) => candidate.id === 'DOC-014');
  assert.match(finding?.message ?? '', /2 field\(s\)/);
  assert.match(finding?.message ?? '', /kitchenSinks\.hologram/);
  assert.match(finding?.message ?? '', /kitchenSinks\.website\.url/);
  assert.ok(finding?.pointers?.includes('/components/schemas/KitchenSinkForResponse/properties/hologram'));
});
