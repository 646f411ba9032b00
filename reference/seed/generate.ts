// Generated data for any datamodel (`reference --datamodel`): every object gets a
// fixed number of records, one object (the richest) more than the maximum page so
// clamping stays observable. Values are derived from (object, serial) alone, so two
// starts give byte-identical databases, and they carry the edges the suite probes:
// NULLs next to "", case variants, LIKE metacharacters, ties, dates over years, one
// soft-deleted record per object. Many-to-one values point at records inserted
// earlier (objects are ordered so targets come first; a cycle's closing edge stays NULL).
import { ACTOR_SOURCES, type CompositeKind } from '../../generators/kinds/field-kinds.ts';
import type { Datamodel, FieldDef, ObjectDef } from '../datamodel/types.ts';
import { seedId, type SeedRecord } from './dataset.ts';
import type { SeedTables } from './seed-statements.ts';

export interface GeneratedSeedOptions {
  /** Records of every object but the large one. */
  records: number;
  /** Records of the large object (the one with the most fields). */
  largeRecords: number;
}

const WORDS = ['Alpha', 'alpha', 'ALPHA', 'Beta', '', 'Gamma 100% pure', 'delta_one', 'Epsilon', 'beta', 'Zeta Zed', 'eta', 'Theta'];
const CITIES = ['Paris', 'paris', 'Berlin', '', 'New York', 'Lyon', 'PARIS', 'Rio_de_Janeiro', 'Austin'];
const CURRENCIES = ['USD', 'EUR', 'usd', ''];
const TAG_BASE = 0x100;

/** Objects in an order where every many-to-one target (other than the object itself) comes first where possible. */
export function insertOrder(model: Datamodel): ObjectDef[] {
  const byName = new Map(model.objects.map((object) => [object.nameSingular, object]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: ObjectDef[] = [];
  const visit = (object: ObjectDef) => {
    if (done.has(object.nameSingular) || visiting.has(object.nameSingular)) return;
    visiting.add(object.nameSingular);
    for (const field of object.fields) {
      const target = field.relation?.type === 'MANY_TO_ONE' ? byName.get(field.relation.target) : undefined;
      if (target !== undefined && target !== object) visit(target);
    }
    visiting.delete(object.nameSingular);
    done.add(object.nameSingular);
    order.push(object);
  };
  for (const object of model.objects) visit(object);
  return order;
}

/** The object with the most fields (first on a tie): the one seeded above the maximum page. */
export function largeObject(model: Datamodel): ObjectDef | undefined {
  return model.objects.reduce<ObjectDef | undefined>((best, object) => (best === undefined || object.fields.length > best.fields.length ? object : best), undefined);
}

export function generateSeed(model: Datamodel, options: GeneratedSeedOptions): SeedTables {
  const order = insertOrder(model);
  const large = largeObject(model);
  const tagOf = new Map(model.objects.map((object, index) => [object.nameSingular, TAG_BASE + index]));
  const counts = new Map(model.objects.map((object) => [object.nameSingular, object === large ? options.largeRecords : options.records]));
  const inserted = new Set<string>();
  const tables = order.map((object) => {
    const records: SeedRecord[] = [];
    const count = counts.get(object.nameSingular) ?? options.records;
    for (let serial = 1; serial <= count; serial += 1) {
      records.push(recordOf(object, serial, { tagOf, counts, inserted }));
    }
    inserted.add(object.nameSingular);
    return { object: object.nameSingular, records };
  });
  return tables;
}

interface Context {
  tagOf: Map<string, number>;
  counts: Map<string, number>;
  /** Objects already inserted (valid many-to-one targets). */
  inserted: Set<string>;
}

function recordOf(object: ObjectDef, serial: number, ctx: Context): SeedRecord {
  const record: SeedRecord = {};
  const tag = ctx.tagOf.get(object.nameSingular)!;
  for (const [index, field] of object.fields.entries()) {
    const salt = serial + index * 7;
    if (field.system) {
      record[field.name] = systemValue(field, tag, serial);
      continue;
    }
    if (field.kind === 'RELATION') {
      const relation = field.relation;
      if (relation?.type !== 'MANY_TO_ONE') continue;
      const self = relation.target === object.nameSingular;
      const available = self ? serial - 1 : ctx.inserted.has(relation.target) ? ctx.counts.get(relation.target) ?? 0 : 0;
      const joinColumn = relation.joinColumn ?? `${field.name}Id`;
      // A required relation (NOT NULL join column) always points at a record.
      const leaveEmpty = field.nullable && salt % 5 === 0;
      record[joinColumn] = available === 0 || leaveEmpty ? null : seedId(ctx.tagOf.get(relation.target)!, ((salt * 3) % available) + 1);
      continue;
    }
    const value = field.unique ? uniqueValueOf(field, salt, serial) : valueOf(field, salt, serial);
    if (value !== undefined) record[field.name] = value;
  }
  return record;
}

/**
 * A unique field's value: distinct per serial and already canonical (lower-case
 * e-mail, lower-case origin without a trailing slash), as Twenty stores them, or
 * NULL (never "": Twenty stores an empty unique value as NULL).
 */
function uniqueValueOf(field: FieldDef, salt: number, serial: number): unknown {
  const empty = field.nullable && salt % 9 === 4;
  const word = (WORDS[salt % WORDS.length]!.replace(/[^A-Za-z]/g, '') || 'record').toLowerCase();
  switch (field.kind) {
    case 'EMAILS':
      return empty ? null : { primaryEmail: `${word}.${serial}@example.dev`, additionalEmails: null };
    case 'LINKS':
      return empty ? null : { primaryLinkUrl: `https://${word}-${serial}.example.com`, primaryLinkLabel: '', secondaryLinks: null };
    case 'PHONES':
      return empty ? null : { primaryPhoneNumber: `6${String(serial).padStart(8, '0')}`, primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33' };
    case 'NUMBER':
      return empty ? null : serial;
    default:
      if (empty) return null;
      // A unique text that names an e-mail (workspaceMember.userEmail) holds one.
      return /email/i.test(field.name) ? `${word}.${serial}@example.dev` : `${word}-${String(serial).padStart(3, '0')}`;
  }
}

function stampOf(serial: number, shift: number): string {
  const base = Date.UTC(2019, 2, 11, 7, 45, 0, 0);
  const step = 1000 * 60 * 60 * 24 * 23 + 1000 * 41 + 13; // ~3 weeks, 41 s, 13 ms
  return new Date(base + (serial + shift) * step).toISOString();
}

function systemValue(field: FieldDef, tag: number, serial: number): unknown {
  switch (field.name) {
    case 'id':
      return seedId(tag, serial);
    case 'createdAt':
      // Two records share a creation instant (a tie).
      return serial === 5 ? stampOf(4, 0) : stampOf(serial, 0);
    case 'updatedAt':
      return stampOf(serial, 1);
    case 'deletedAt':
      // Record 3 of every object is soft-deleted.
      return serial === 3 ? '2025-03-04T05:06:07.089Z' : null;
    default:
      return null;
  }
}

/** A field's value, or undefined to leave it to the column default. */
function valueOf(field: FieldDef, salt: number, serial: number): unknown {
  const nullHere = field.nullable && salt % 9 === 4;
  if (nullHere) return null;
  const options = (field.options ?? []).map((option) => option.value);
  switch (field.kind) {
    case 'UUID':
      return seedId(0xfff, salt);
    case 'TEXT':
      return `${WORDS[salt % WORDS.length]}${salt % 4 === 0 ? '' : ` ${serial}`}`;
    case 'NUMBER':
      return field.numberType === 'int' ? (salt * 7) % 40 : ((salt * 13) % 50) / 4;
    case 'NUMERIC':
      return ((salt * 11) % 30) * 1.25;
    case 'POSITION':
      return Math.floor(serial / 2);
    case 'BOOLEAN':
      return salt % 3 === 0;
    case 'DATE_TIME':
      return stampOf(salt * 5, 2);
    case 'DATE':
      return stampOf(salt * 11, 0).slice(0, 10);
    case 'SELECT':
    case 'RATING':
      return options.length === 0 ? undefined : options[salt % options.length];
    case 'MULTI_SELECT':
      return options.length === 0 ? undefined : salt % 4 === 0 ? [] : options.filter((_, index) => (salt + index) % 3 === 0);
    case 'ARRAY':
      return salt % 4 === 0 ? [] : [WORDS[salt % WORDS.length]!, CITIES[salt % CITIES.length]!].filter((word) => word !== '');
    case 'RAW_JSON':
      return { source: salt % 2 === 0 ? 'import' : 'api', row: serial };
    case 'FILES':
      return salt % 4 === 0 ? [] : [{ fileId: seedId(0xffe, salt), label: `file-${serial}.pdf` }];
    case 'RELATION':
      return undefined;
    default:
      return compositeValue(field.kind, salt, serial);
  }
}

function compositeValue(kind: CompositeKind, salt: number, serial: number): Record<string, unknown> {
  const word = WORDS[salt % WORDS.length]!;
  switch (kind) {
    case 'FULL_NAME':
      return { firstName: word, lastName: salt % 5 === 0 ? '' : WORDS[(salt * 5) % WORDS.length]! };
    case 'EMAILS':
      return { primaryEmail: salt % 6 === 0 ? '' : `${word.replace(/[^A-Za-z]/g, '') || 'someone'}.${serial}@example.dev`, additionalEmails: salt % 3 === 0 ? [`alt${serial}@example.dev`] : null };
    case 'LINKS':
      return { primaryLinkUrl: salt % 5 === 0 ? '' : `https://site${salt % 17}.example.com`, primaryLinkLabel: salt % 2 === 0 ? 'Website' : '', secondaryLinks: null };
    case 'CURRENCY':
      return { amountMicros: ((salt * 7) % 12) * 1_000_000, currencyCode: CURRENCIES[salt % CURRENCIES.length]! };
    case 'ADDRESS':
      return { addressStreet1: salt % 3 === 0 ? `${serial} Main St` : '', addressCity: CITIES[salt % CITIES.length]!, addressCountry: salt % 2 === 0 ? 'France' : '' };
    case 'PHONES':
      return { primaryPhoneNumber: salt % 3 === 0 ? '' : `6${String(salt).padStart(8, '0')}`, primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33' };
    case 'ACTOR':
      return { source: ACTOR_SOURCES[salt % ACTOR_SOURCES.length]!, workspaceMemberId: null, name: salt % 2 === 0 ? '' : `Member ${salt % 5}` };
    case 'RICH_TEXT_V2':
      return { blocknote: JSON.stringify([{ type: 'paragraph', content: word }]), markdown: salt % 4 === 0 ? '' : `# ${word} ${serial}` };
  }
}
