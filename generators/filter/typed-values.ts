// Typing of values for the oracles: a filter's text value (as Twenty validates and
// coerces it, contract §3.3) and a record's JSON value (as the REST API returns it)
// are both turned into one comparable form per kind, so comparisons are plain.
import { RestInputError } from '../errors/rest-input-error.ts';
import { compareText } from './collation.ts';
import type { ResolvedField } from './field-resolver.ts';

/** number for numbers, dates-with-time (µs since epoch) and booleans (0/1); string otherwise. */
export type Comparable = string | number;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A filter value for `field`, typed and validated like Twenty; throws its 400 text. */
export function typeFilterValue(text: string, field: ResolvedField, name: string): Comparable {
  switch (field.kind) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION': {
      const number = Number.parseFloat(text);
      if (Number.isNaN(number)) throw new RestInputError(`Invalid number value NaN for field "${name}"`);
      return number;
    }
    case 'BOOLEAN':
      if (text !== 'true' && text !== 'false') throw new RestInputError(`Invalid boolean value '${text}' for field "${name}"`);
      return text === 'true' ? 1 : 0;
    case 'UUID':
    case 'RELATION':
      if (!UUID.test(text)) throw new RestInputError(`Invalid UUID value '${text}' for field "${name}"`);
      return text.toLowerCase();
    case 'DATE': {
      const date = parseDate(text);
      if (date === undefined) {
        throw new RestInputError(`Invalid value '${text}' for date field "${name}". Expected format: 'YYYY-MM-DD'`);
      }
      return date;
    }
    case 'DATE_TIME': {
      const micros = parseTimestamp(text);
      if (micros === undefined) {
        throw new RestInputError(
          `Invalid value '${text}' for date-time field "${name}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
        );
      }
      return micros;
    }
    default:
      return text;
  }
}

/** A record's (non-null) JSON value in the same comparable form. */
export function typeColumnValue(value: unknown, field: ResolvedField): Comparable {
  switch (field.kind) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION':
      return Number(value);
    case 'BOOLEAN':
      return value === true || value === 'true' ? 1 : 0;
    case 'UUID':
    case 'RELATION':
      return String(value).toLowerCase();
    case 'DATE':
      return String(value).slice(0, 10);
    case 'DATE_TIME':
      return parseTimestamp(String(value)) ?? Number.NaN;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/**
 * Orders two comparables of one field: numbers numerically, SELECT/RATING by
 * declared option order (unknown values after the known ones), text by the
 * collation, dates as ISO strings (which sort chronologically).
 */
export function compareComparable(a: Comparable, b: Comparable, field: ResolvedField): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  const left = String(a);
  const right = String(b);
  if ((field.kind === 'SELECT' || field.kind === 'RATING' || field.kind === 'MULTI_SELECT') && field.options) {
    const rank = (value: string) => {
      const index = field.options?.indexOf(value) ?? -1;
      return index < 0 ? Number.MAX_SAFE_INTEGER : index;
    };
    const diff = rank(left) - rank(right);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return compareText(left, right);
}

// ---------------------------------------------------------------- dates

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Date-only forms of Twenty's ACCEPTED_DATE_FORMATS that carry digits only (no month names). */
const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => [m[1]!, m[2]!, m[3]!]],
  [/^(\d{4})[./](\d{2})[./](\d{2})$/, (m) => [m[1]!, m[2]!, m[3]!]],
  [/^(\d{2})[-/.](\d{2})[-/.](\d{4})$/, (m) => [m[3]!, m[1]!, m[2]!]],
];

function validCalendarDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A DATE filter value as `YYYY-MM-DD`, or undefined. A date-time keeps its date
 * part, as a Postgres cast to `date` does. Month-name forms are not supported.
 */
export function parseDate(text: string): string | undefined {
  const iso = ISO_DATE_TIME.exec(text);
  const parts = iso
    ? ([iso[1]!, iso[2]!, iso[3]!] as const)
    : DATE_FORMS.map(([form, pick]) => {
        const match = form.exec(text);
        return match ? pick(match) : undefined;
      }).find((found) => found !== undefined);
  if (!parts || !validCalendarDate(...parts)) return undefined;
  return parts.join('-');
}

/**
 * A timestamp in microseconds since the epoch (Postgres timestamptz precision),
 * or undefined. Without a zone it is read as UTC, the reference database's
 * session time zone (Twenty's own zone for zone-less values is unconfirmed).
 */
export function parseTimestamp(text: string): number | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) {
    const date = parseDate(text);
    return date === undefined ? undefined : parseTimestamp(date);
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  if (!validCalendarDate(year!, month!, day!) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return undefined;
  }
  const millis = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const micros = millis * 1000 + Number(fraction.padEnd(6, '0'));
  return micros - zoneOffsetMinutes(zone) * 60_000_000;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}
