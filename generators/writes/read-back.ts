// Pure: does a record the server returned hold every value that was sent? Each
// kind compares the way Twenty stores it: text "" and NULL are one (contract
// §3.4; Twenty's transformers also turn empty emails and links into NULL),
// numbers by value, date-times by instant, MULTI_SELECT as a set, empty lists
// and objects as NULL, and the documented normalisation on write (§1.2): a link
// may lose its trailing slash and get a lower-case scheme and host, an email
// may be lower-cased.
import { isCompositeKind } from '../kinds/field-kinds.ts';
import type { CatalogueField, CatalogueObject } from '../openapi/catalogue-types.ts';
import type { Answer, WriteFinding } from './write-answer.ts';

type Json = unknown;

const isEmpty = (value: Json) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, Json>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The forms a link may be stored in after Twenty's normalisation. */
export function linkForms(url: string): string[] {
  const trimmed = url.replace(/\/+$/, '');
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(trimmed);
  const lowered = match ? `${match[1]!.toLowerCase()}${match[2]!.toLowerCase()}${match[3]}` : trimmed;
  return [...new Set([url, trimmed, lowered])];
}

/** The form Twenty's newest transformers store: trailing slash gone, scheme and host lower-cased. */
export function normalisedLink(url: string): string {
  return linkForms(url)[linkForms(url).length - 1]!;
}

export const normalisedEmail = (email: string) => email.toLowerCase();

/** Compares one sent scalar with what came back, by the kind that decides its meaning. */
export function sameValue(kind: string, sent: Json, got: Json, context = ''): boolean {
  if (isEmpty(sent) || isEmpty(got)) {
    // "" ≡ NULL for text; an empty list or object is stored as NULL by some transformers.
    if (kind === 'TEXT' || kind === 'ARRAY' || kind === 'MULTI_SELECT' || kind === 'RAW_JSON') return isEmpty(sent) && isEmpty(got);
    return (sent === null || sent === undefined) && (got === null || got === undefined);
  }
  switch (kind) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION':
    case 'RATING_NUMBER':
      return Number(sent) === Number(got);
    case 'DATE_TIME':
      return typeof sent === 'string' && typeof got === 'string' && Date.parse(sent) === Date.parse(got);
    case 'DATE':
      return typeof sent === 'string' && typeof got === 'string' && got.slice(0, 10) === sent.slice(0, 10);
    case 'MULTI_SELECT':
      return Array.isArray(sent) && Array.isArray(got) && canonical([...sent].sort()) === canonical([...got].sort());
    case 'TEXT':
      if (context === 'EMAILS.primaryEmail' && typeof sent === 'string') return got === sent || got === normalisedEmail(sent);
      if (context === 'LINKS.primaryLinkUrl' && typeof sent === 'string') return linkForms(sent).includes(String(got));
      return sent === got;
    case 'RAW_JSON':
      if (context === 'EMAILS.additionalEmails' && Array.isArray(sent) && Array.isArray(got)) {
        return sent.length === got.length && sent.every((item, index) => got[index] === item || got[index] === String(item).toLowerCase());
      }
      return canonical(sent) === canonical(got);
    default:
      return canonical(sent) === canonical(got);
  }
}

const show = (value: Json) => (value === undefined ? 'absent' : JSON.stringify(value));

/** One line per sent value the record does not hold; [] when it holds them all. */
export function readBackDifferences(object: CatalogueObject, sent: Record<string, Json>, record: Record<string, Json>): string[] {
  const differences: string[] = [];
  for (const [name, value] of Object.entries(sent)) {
    const field: CatalogueField | undefined = object.fields.find((candidate) => candidate.name === name);
    if (!field || field.kind === 'UNKNOWN') continue;
    const got = record[name];
    if (isCompositeKind(field.kind) && field.kind !== 'ACTOR') {
      if (value === null) {
        const parts = got === null || got === undefined ? [] : Object.values(got as Record<string, Json>);
        if (!parts.every(isEmpty)) differences.push(`${name}: sent null, got ${show(got)}`);
        continue;
      }
      for (const [subName, subValue] of Object.entries(value as Record<string, Json>)) {
        const sub = field.subFields?.find((candidate) => candidate.name === subName);
        if (!sub || sub.kind === 'UNKNOWN') continue;
        const subGot = got === null || got === undefined ? undefined : (got as Record<string, Json>)[subName];
        if (!sameValue(sub.kind, subValue, subGot, `${field.kind}.${subName}`)) differences.push(`${name}.${subName}: sent ${show(subValue)}, got ${show(subGot)}`);
      }
      continue;
    }
    const kind = field.kind === 'RELATION' ? 'UUID' : field.kind;
    if (!sameValue(kind, value, got)) differences.push(`${name}: sent ${show(value)}, got ${show(got)}`);
  }
  return differences;
}

/**
 * The rule WRITE-001…003 share: the record an answer holds carries every value
 * that was written. `what` names where the record came from (a create, a batch
 * item, a get-one).
 */
export function judgeReadBack<A extends Answer>(object: CatalogueObject, sent: Record<string, Json>, record: Record<string, Json>, answer: A, what: string): WriteFinding<A> | null {
  const differences = readBackDifferences(object, sent, record);
  if (differences.length === 0) return null;
  return {
    received: `${what}: ${differences.slice(0, 4).join('; ')}${differences.length > 4 ? `; … ${differences.length - 4} more` : ''}`,
    expected: 'every sent value read back (text "" ≡ NULL; links and emails may be normalised)',
    exchange: answer,
  };
}

/** Fields whose values differ between two reads of one record, except those named (updatedAt, what was patched). */
export function changedFields(before: Record<string, Json>, after: Record<string, Json>, except: ReadonlySet<string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !except.has(name) && canonical(before[name] ?? null) !== canonical(after[name] ?? null)).sort();
}
