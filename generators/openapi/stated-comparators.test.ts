import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparatorsFromDocument, filterParameterStatement, statedComparators } from './stated-comparators.ts';
import { buildCatalogue } from './catalogue.ts';
import { asRecord } from './document-walk.ts';
import { syntheticDocument } from '../../testing/openapi/fixtures/fixture-documents.ts';
import { COMPARATORS_BY_KIND } from '../kinds/comparators.ts';

const TWENTY_FILTER_TEXT =
  'Filters objects returned.\n    Available comparators are **eq**, **neq**, **in**, **containsAny**, **is**, **gt**, **gte**, **lt**, **lte**, **startsWith**, **like**, **ilike**.\n    conjunctions **or**, **and**, **not**.';

test('a statement names only comparators the grammar knows; a text without one states nothing', () => {
  assert.deepEqual(statedComparators('Comparators: `eq`, `fuzzy`, `is`'), ['eq', 'is']);
  assert.equal(statedComparators('Format: field[COMPARATOR]:value'), undefined);
  assert.equal(statedComparators(undefined), undefined);
  assert.equal(filterParameterStatement([undefined, 'no list here', TWENTY_FILTER_TEXT])?.includes('endsWith'), false);
});

test('a field statement wins; the filter parameter narrows the contract; otherwise the contract', () => {
  const text = COMPARATORS_BY_KIND.TEXT;
  assert.deepEqual(comparatorsFromDocument(text, { field: ['eq', 'ilike'], filterParameter: ['eq'] }), { comparators: ['eq', 'ilike'], source: 'field' });
  const narrowed = comparatorsFromDocument(text, { filterParameter: ['eq', 'ilike', 'containsAny'] });
  assert.deepEqual(narrowed, { comparators: ['eq', 'ilike'], source: 'filter-parameter' });
  // The filter list is for every field: it cannot grant a number `ilike`.
  assert.deepEqual(comparatorsFromDocument(COMPARATORS_BY_KIND.NUMBER, { filterParameter: ['eq', 'ilike'] }).comparators, ['eq']);
  assert.deepEqual(comparatorsFromDocument(text, {}), { comparators: [...text], source: 'contract' });
});

test('the catalogue takes comparators from the filter parameter and field descriptions', () => {
  const document = syntheticDocument();
  const parameters = asRecord(asRecord(document.components).parameters);
  asRecord(parameters.filter).description = TWENTY_FILTER_TEXT;
  const sink = asRecord(asRecord(asRecord(document.components).schemas).KitchenSinkForResponse);
  asRecord(asRecord(sink.properties).title).description = 'The title. Comparators: `eq`, `ilike`.';
  const catalogue = buildCatalogue(document);
  assert.ok(catalogue.comparatorStatement?.includes('startsWith'));
  const kitchen = catalogue.objects.find((candidate) => candidate.plural === 'kitchenSinks');
  const field = (name: string) => kitchen?.fields.find((candidate) => candidate.name === name);
  assert.deepEqual(field('title')?.comparators, ['eq', 'ilike']);
  assert.ok(!field('nickname')?.comparators.includes('endsWith'));
  assert.ok(field('nickname')?.comparators.includes('startsWith'));
  assert.ok(!field('fullName')?.subFields?.[0]?.comparators.includes('endsWith'));
  assert.deepEqual(field('company')?.comparators, []);
});

test('without any statement the contract table stands (the reference and synthetic documents)', () => {
  const catalogue = buildCatalogue(syntheticDocument());
  assert.equal(catalogue.comparatorStatement, null);
  const kitchen = catalogue.objects.find((candidate) => candidate.plural === 'kitchenSinks');
  assert.deepEqual(kitchen?.fields.find((candidate) => candidate.name === 'title')?.comparators, [...COMPARATORS_BY_KIND.TEXT]);
});
