// `col::text` of a jsonb value, as Postgres prints it: object keys sorted shorter
// first, then bytewise (jsonb's storage order), ", " and ": " as separators. The
// oracle needs it because RAW_JSON `like` matches against this text.
import { compareText } from './collation.ts';

export function jsonbText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => utf8Length(a) - utf8Length(b) || compareText(a, b));
    const entries = keys.map((key) => `${JSON.stringify(key)}: ${jsonbText((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
