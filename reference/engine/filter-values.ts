// Typing a filter value against its field kind, with Twenty's coercions and
// error texts (contract §3.3). Values arrive as strings; the result is the text
// bound as a parameter (already normalised where Postgres could misread it).
import type { ScalarKind } from '../../generators/kinds/field-kinds.ts';
import { badRequest } from '../errors.ts';
import { normaliseAcceptedDate, normaliseAcceptedDateTime } from './accepted-dates.ts';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export interface ValueTarget {
  kind: ScalarKind;
  /** The name quoted in messages. */
  label: string;
  /** SELECT / RATING / MULTI_SELECT / ACTOR.source option values. */
  options?: readonly string[];
  /** A many-to-one join column: validated as a UUID. */
  isJoinColumn?: boolean;
}

export function coerceFilterValue(target: ValueTarget, raw: string): string {
  if (target.isJoinColumn) {
    if (!isUuid(raw)) throw badRequest(`Invalid UUID value '${raw}' for field "${target.label}"`);
    return raw;
  }
  switch (target.kind) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION': {
      // parseFloat, as Twenty: '12abc' → 12, 'abc' → NaN.
      const parsed = Number.parseFloat(raw);
      if (Number.isNaN(parsed)) throw badRequest(`Invalid number value NaN for field "${target.label}"`);
      return String(parsed);
    }
    case 'BOOLEAN':
      if (raw !== 'true' && raw !== 'false') throw badRequest(`Invalid boolean value '${raw}' for field "${target.label}"`);
      return raw;
    case 'UUID':
      if (!isUuid(raw)) throw badRequest(`Invalid UUID value '${raw}' for field "${target.label}"`);
      return raw;
    case 'DATE': {
      const date = normaliseAcceptedDate(raw);
      if (date === null) throw badRequest(`Invalid value '${raw}' for date field "${target.label}". Expected format: 'YYYY-MM-DD'`);
      return date;
    }
    case 'DATE_TIME': {
      const dateTime = normaliseAcceptedDateTime(raw);
      if (dateTime === null) {
        throw badRequest(`Invalid value '${raw}' for date-time field "${target.label}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`);
      }
      return dateTime;
    }
    case 'SELECT':
    case 'RATING':
    case 'MULTI_SELECT': {
      const options = target.options ?? [];
      if (!options.includes(raw)) {
        throw badRequest(`Invalid select value "${raw}" for field "${target.label}". Valid options: ${options.join(', ')}`);
      }
      return raw;
    }
    default:
      return raw;
  }
}

export function checkIsValue(raw: string): 'NULL' | 'NOT_NULL' {
  if (raw !== 'NULL' && raw !== 'NOT_NULL') throw badRequest('Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"');
  return raw;
}
