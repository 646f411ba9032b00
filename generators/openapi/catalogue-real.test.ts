// The real documents of several eras (shared/contract/real-openapi/): each loads, is
// judged valid or invalid as it should be, and is catalogued with the expected objects.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseDocument } from './analyse.ts';
import { REAL_DOCUMENTS_ABSENT, realDocument, realDocumentNames } from '../../testing/openapi/fixtures/fixture-documents.ts';
import type { Catalogue, CatalogueObject } from './catalogue-types.ts';

const skip = REAL_DOCUMENTS_ABSENT;
const CORE_2024_03 = 'opensdks_api.twenty.com_core_2024-03-21_79d896c.json';
const CORE_2024_04 = 'opensdks_api.twenty.com_core_2024-04-06_b81b776.json';
const CORE_2024_06 = 'opensdks_api.twenty.com_core_2024-06-03_5a579ae.json';
const CORE_2025 = 'qmatiaslopez-n8n-nodes-twenty_core_v1.4.0_699a867.json';

function object(catalogue: Catalogue, plural: string): CatalogueObject {
  const found = catalogue.objects.find((candidate) => candidate.plural === plural);
  assert.ok(found, `object ${plural}`);
  return found;
}

function kindOf(catalogue: Catalogue, plural: string, name: string): string | undefined {
  return object(catalogue, plural).fields.find((candidate) => candidate.name === name)?.kind;
}

const SUB_PATH = /^\/(batch|restore|open-api)\/|\/(merge|groupBy|duplicates|duplicate)$/;

describe('real OpenAPI documents', { skip }, () => {
  test('every real document loads, analyses and catalogues without sub-paths', async () => {
    const names = realDocumentNames();
    assert.ok(names.length >= 7);
    for (const name of names) {
      const analysis = await analyseDocument(realDocument(name));
      assert.ok(analysis.catalogue.objects.length > 0, `${name} has objects`);
      for (const candidate of analysis.catalogue.objects) {
        assert.doesNotMatch(candidate.listPath, SUB_PATH, `${name}: ${candidate.listPath}`);
        assert.match(candidate.listPath, /^\/[^/{}]+$/);
      }
      // 2024 documents are 3.0.3 with a root `webhooks` map (a 3.1 feature): invalid.
      const is2024Core = name.startsWith('opensdks_api.twenty.com_core_');
      if (is2024Core) {
        assert.equal(analysis.valid, false, `${name} is invalid`);
        assert.ok(
          analysis.validationFindings.some((finding) => finding.id === 'DOC-001' && finding.message.includes('(webhooks)')),
          `${name}: the webhooks map is named`,
        );
      }
      if (name === CORE_2025) assert.equal(analysis.valid, true);
    }
  });

  test('2024-03 core: 23 objects, legacy, 2024 kinds', async () => {
    const { catalogue, findings } = await analyseDocument(realDocument(CORE_2024_03));
    assert.equal(catalogue.objects.length, 23);
    for (const plural of ['companies', 'people', 'opportunities']) object(catalogue, plural);
    assert.equal(catalogue.legacy, true);
    assert.ok(findings.some((finding) => finding.id === 'DOC-012'));
    assert.deepEqual(catalogue.depthValues, [1, 2]);
    assert.deepEqual(catalogue.limit, { default: 60, maximum: 60, minimum: 0 });
    assert.ok(object(catalogue, 'companies').listParameters.includes('last_cursor'));
    assert.equal(kindOf(catalogue, 'people', 'name'), 'FULL_NAME');
    assert.equal(kindOf(catalogue, 'companies', 'employees'), 'NUMBER');
    // 2024 links were `{label, url}` and still catalogue as LINKS.
    assert.equal(kindOf(catalogue, 'companies', 'linkedinLink'), 'LINKS');
    assert.equal(kindOf(catalogue, 'opportunities', 'amount'), 'CURRENCY');
    // 2024 stage had no enum in the document: plain text.
    assert.equal(kindOf(catalogue, 'opportunities', 'stage'), 'TEXT');
    const companyId = object(catalogue, 'people').fields.find((candidate) => candidate.name === 'companyId');
    assert.equal(companyId?.kind, 'RELATION');
    assert.equal(companyId?.relation?.joinColumn, 'companyId');
    assert.equal(object(catalogue, 'people').envelopeKeys.create, 'person');
  });

  test('2024-04 and 2024-06 core: Event replaces PipelineStep, then the custom object and batch paths', async () => {
    const april = (await analyseDocument(realDocument(CORE_2024_04))).catalogue;
    assert.equal(april.objects.length, 23);
    object(april, 'events');
    assert.ok(!april.objects.some((candidate) => candidate.plural === 'pipelineSteps'));
    const june = (await analyseDocument(realDocument(CORE_2024_06))).catalogue;
    assert.equal(june.legacy, true);
    const custom = object(june, 'testCustomObjects');
    assert.equal(custom.singular, 'testCustomObject');
    assert.equal(object(june, 'companies').batchPath, '/batch/companies');
    assert.equal(object(june, 'companies').envelopeKeys.create, 'createCompany');
    assert.equal(june.objects.length, 29);
  });

  test('mid-2025 core: 36 objects, ForResponse schemas, select options in order', async () => {
    const { catalogue, findings } = await analyseDocument(realDocument(CORE_2025));
    assert.equal(catalogue.objects.length, 36);
    assert.equal(catalogue.legacy, false);
    assert.ok(!findings.some((finding) => finding.id === 'DOC-012'));
    const opportunities = object(catalogue, 'opportunities');
    assert.deepEqual(opportunities.schemaNames, {
      create: 'Opportunity',
      update: 'OpportunityForUpdate',
      response: 'OpportunityForResponse',
    });
    const stage = opportunities.fields.find((candidate) => candidate.name === 'stage');
    assert.equal(stage?.kind, 'SELECT');
    assert.deepEqual(stage?.options, ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER']);
    assert.equal(kindOf(catalogue, 'people', 'emails'), 'EMAILS');
    assert.equal(kindOf(catalogue, 'people', 'phones'), 'PHONES');
    assert.equal(kindOf(catalogue, 'companies', 'address'), 'ADDRESS');
    assert.equal(kindOf(catalogue, 'companies', 'createdBy'), 'ACTOR');
    assert.equal(kindOf(catalogue, 'companies', 'employees'), 'NUMBER');
    const companyId = opportunities.fields.find((candidate) => candidate.name === 'companyId');
    assert.deepEqual(companyId?.relation, { type: 'MANY_TO_ONE', target: 'companies', joinColumn: 'companyId' });
    assert.deepEqual(catalogue.depthValues, [0, 1, 2]);
    assert.ok(object(catalogue, 'companies').onePath === '/companies/{id}');
  });

  test('no real document has a field of unknown kind, so none gets a DOC-014 finding', async () => {
    for (const name of realDocumentNames()) {
      const { catalogue, findings } = await analyseDocument(realDocument(name));
      const unknown = catalogue.objects.flatMap((candidate) =>
        candidate.fields
          .filter((field) => field.kind === 'UNKNOWN' || (field.subFields ?? []).some((sub) => sub.kind === 'UNKNOWN'))
          .map((field) => `${candidate.plural}.${field.name}`),
      );
      assert.deepEqual(unknown, [], name);
      assert.ok(!findings.some((finding) => finding.id === 'DOC-014'), name);
    }
  });

  test('mid-2025 core: bodyV2 is RICH_TEXT_V2, 2024 untyped event properties are RAW_JSON', async () => {
    const { catalogue } = await analyseDocument(realDocument(CORE_2025));
    assert.equal(kindOf(catalogue, 'notes', 'bodyV2'), 'RICH_TEXT_V2');
    assert.equal(kindOf(catalogue, 'tasks', 'bodyV2'), 'RICH_TEXT_V2');
    const april = (await analyseDocument(realDocument(CORE_2024_04))).catalogue;
    assert.equal(kindOf(april, 'events', 'properties'), 'RAW_JSON');
  });

  test('a /rest-prefixed variant without servers catalogues exactly like the original, with no false base-document finding', async () => {
    const original = realDocument(CORE_2025);
    const prefixed = realDocument(CORE_2025);
    prefixed.paths = Object.fromEntries(Object.entries(prefixed.paths as Record<string, unknown>).map(([path, item]) => [`/rest${path}`, item]));
    delete prefixed.servers;
    const plain = await analyseDocument(original);
    const variant = await analyseDocument(prefixed);
    assert.equal(variant.valid, true);
    assert.equal(variant.catalogue.pathPrefix, '/rest');
    assert.equal(variant.catalogue.baseDocumentOnly, false);
    assert.deepEqual(variant.catalogue.objects, plain.catalogue.objects);
    assert.equal(object(variant.catalogue, 'companies').batchPath, '/batch/companies');
    assert.ok(!variant.findings.some((finding) => finding.id === 'DOC-011' || finding.id === 'DOC-014'));
    assert.deepEqual(
      variant.findings.map((finding) => finding.id).filter((id) => id !== 'DOC-013'),
      plain.findings.map((finding) => finding.id).filter((id) => id !== 'DOC-013'),
    );
  });

  test('2024 metadata documents catalogue objects, fields and relations', async () => {
    for (const name of realDocumentNames().filter((candidate) => candidate.includes('_metadata_'))) {
      const { catalogue } = await analyseDocument(realDocument(name));
      assert.deepEqual(
        catalogue.objects.map((candidate) => candidate.plural),
        ['objects', 'fields', 'relations'],
        name,
      );
    }
  });
});
