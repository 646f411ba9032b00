import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFilter } from './grammar.ts';
import { isPlainWord, malformedCases, parserMessage, plainTextValue, quirkCases, quirkFilter } from './parser-probes.ts';
import { COMPANY_PATHS, COMPANY_RECORDS } from '../../testing/filter/company-sample.ts';

const COMPARATOR_LIST = 'eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike';

test('malformed cases carry the exact texts of contract §3.1, §12.8 and §12.10', () => {
  const messages = Object.fromEntries(malformedCases('name', 'Acme').map((c) => [c.raw, c.message]));
  assert.deepEqual(messages, {
    'name[eq]:': "'filter' invalid for 'name[eq]:'. eg: price[gte]:10",
    'or()': "'filter' invalid for 'or()'. eg: price[gte]:10",
    'not()': "'filter' invalid for 'not()'. eg: price[gte]:10",
    'name[eq]:Acme,': "'filter' invalid for ''. eg: price[gte]:10",
    'not(name[eq]:Acme,name[eq]:Acme)': "'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)",
    'name[eq]:Acme)': "'filter' invalid. 1 open bracket is missing in the query",
    'and(name[eq]:Acme': "'filter' invalid. 1 close bracket is missing in the query",
    'name[equals]:Acme': `'filter' invalid for 'name[equals]:Acme', comparator equals not in ${COMPARATOR_LIST}`,
    'name[in]:Acme': "'filter' invalid for 'in' operator. Received 'Acme' but array value expected eg: 'field[in]:[value_1,value_2]'",
    'x:name[eq]:Acme': `'filter' invalid for 'x:name[eq]:Acme', comparator eq]:Acme not in ${COMPARATOR_LIST}`,
  });
});

test('every malformed case is one edit away from a base the parser accepts', () => {
  for (const malformed of malformedCases('jobTitle', 'CEO')) {
    assert.equal(parserMessage(malformed.base), undefined, malformed.base);
    assert.notEqual(malformed.raw, malformed.base);
  }
});

test('quirk cases parse to the meaning the contract gives them', () => {
  const parsed = quirkCases('name', 'Acme').map((c) => parseFilter(c.parts.join(',')));
  const leaf = (comparator: string, value: string | string[], quote?: string | null) => ({
    type: 'leaf',
    path: ['name'],
    comparator,
    value,
    ...(quote === undefined ? {} : { quote }),
  });
  assert.deepEqual(parsed, [
    { type: 'and', children: [leaf('eq', 'Acme', "'")] },
    { type: 'and', children: [leaf('eq', 'Acme', '"')] },
    { type: 'or', children: [leaf('eq', 'Acme,x', '"'), leaf('eq', 'Acme', null)] },
    { type: 'and', children: [leaf('eq', 'Acme', null), { type: 'or', children: [leaf('eq', 'Acmex', null), leaf('is', 'NOT_NULL')] }] },
    { type: 'and', children: [leaf('in', ['Acme', 'Acmex'])] },
  ]);
});

test('a plain word has letters and nothing the grammar or LIKE treats specially', () => {
  for (const word of ['Acme', 'CEO', 'x1']) assert.ok(isPlainWord(word), word);
  for (const word of ['', 'New York', '100%', 'a:b', 'under_score', "O'Neil", 'a,b', '123']) assert.ok(!isPlainWord(word), word);
  assert.throws(() => quirkCases('name', 'New York'), /not a plain word/);
});

test('plainTextValue picks a top-level text field and a plain word it holds', () => {
  assert.deepEqual(plainTextValue(COMPANY_PATHS, COMPANY_RECORDS), { field: 'name', value: 'Acme' });
  // Composite sub-fields are left out, and so is a field that holds no plain word.
  assert.equal(plainTextValue(COMPANY_PATHS, [{ id: 'a', name: 'New York', address: { addressCity: 'Paris' } }]), undefined);
});

test('quirkFilter puts the id list of a restricted universe first in the root list', () => {
  const [quirk] = quirkCases('name', 'Acme');
  assert.equal(quirkFilter(quirk!), "name[eq]:'Acme'");
  assert.equal(quirkFilter(quirk!, ['a', 'b']), `id[in]:["a","b"],name[eq]:'Acme'`);
});
