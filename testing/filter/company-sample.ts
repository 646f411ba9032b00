// A small company sample for the filter modules' self-tests, shaped like the
// reference's seed where it matters: case variants, NULL next to "", ties at a
// number, a composite text sub-field, millisecond timestamps.
import type { FieldPath } from '../../generators/fixtures/catalogue-resolver.ts';
import { COMPARATORS_BY_KIND } from '../../generators/kinds/comparators.ts';
import type { FieldResolver } from '../../generators/filter/field-resolver.ts';

const id = (n: number) => `20202020-0002-4000-8000-${String(n).padStart(12, '0')}`;

export const COMPANY_RECORDS: Record<string, unknown>[] = [
  { id: id(1), name: 'Acme', employees: 100, tier: 'RATING_3', createdAt: '2023-06-01T12:00:00.123Z', address: { addressCity: 'Paris' } },
  { id: id(2), name: 'acme', employees: 100, tier: 'RATING_1', createdAt: '2023-06-01T12:00:00.123Z', address: { addressCity: 'paris' } },
  { id: id(3), name: 'ACME', employees: 250, tier: null, createdAt: '2020-01-01T00:00:00.000Z', address: { addressCity: '' } },
  { id: id(4), name: 'Globex', employees: null, tier: 'RATING_5', createdAt: '2021-03-04T05:06:07.089Z', address: null },
  { id: id(5), name: '', employees: 10, tier: 'RATING_1', createdAt: '2019-01-01T00:00:00.000Z', address: { addressCity: 'Berlin' } },
  { id: id(6), name: null, employees: 7000, tier: null, createdAt: '2024-12-31T23:59:59.999Z', address: { addressCity: null } },
];

const entry = (dotted: string, resolved: FieldPath['resolved']): FieldPath => ({
  path: dotted.split('.'),
  resolved,
  comparators: COMPARATORS_BY_KIND[resolved.kind],
  sortable: true,
});

export const COMPANY_PATHS: FieldPath[] = [
  entry('id', { kind: 'UUID' }),
  entry('createdAt', { kind: 'DATE_TIME' }),
  entry('deletedAt', { kind: 'DATE_TIME' }),
  entry('name', { kind: 'TEXT' }),
  entry('employees', { kind: 'NUMBER' }),
  entry('tier', { kind: 'RATING', options: ['RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5'] }),
  entry('address.addressCity', { kind: 'TEXT', nullEquivalence: 'text' }),
  entry('domainName.secondaryLinks', { kind: 'RAW_JSON', nullEquivalence: 'none' }),
];

export const resolveCompany: FieldResolver = (path) => COMPANY_PATHS.find((e) => e.path.join('.') === path.join('.'))?.resolved;

export const companyId = id;
