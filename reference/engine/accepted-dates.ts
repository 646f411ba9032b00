// The date and date-time spellings Twenty's filters accept (twenty-shared's
// ACCEPTED_DATE_FORMATS / ACCEPTED_DATE_TIME_FORMATS, contract §3.3), normalised
// so Postgres never has to guess a day/month order. Plain dates mean midnight in
// the session time zone, which the reference pins to UTC.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const full = MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  const short = MONTHS.findIndex((month) => month.slice(0, 3) === lower);
  return short >= 0 ? short + 1 : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type DateRule = [RegExp, (match: RegExpMatchArray) => string | null];

const n = (text: string | undefined) => Number(text);

const DATE_RULES: DateRule[] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => isoDate(n(m[1]), n(m[2]), n(m[3]))],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => isoDate(n(m[1]), n(m[2]), n(m[3]))],
  [/^(\d{4})\.(\d{2})\.(\d{2})$/, (m) => isoDate(n(m[1]), n(m[2]), n(m[3]))],
  [/^(\d{4})\/(\d{2})\/(\d{2})$/, (m) => isoDate(n(m[1]), n(m[2]), n(m[3]))],
  [/^(\d{2})-(\d{2})-(\d{4})$/, (m) => isoDate(n(m[3]), n(m[1]), n(m[2]))],
  [/^(\d{2})\/(\d{2})\/(\d{4})$/, (m) => isoDate(n(m[3]), n(m[1]), n(m[2]))],
  [/^(\d{2})\.(\d{2})\.(\d{4})$/, (m) => isoDate(n(m[3]), n(m[1]), n(m[2]))],
  // MMMM d, yyyy / MMM d, yyyy
  [/^([A-Za-z]+) (\d{1,2}), (\d{4})$/, (m) => withMonth(m[1], (month) => isoDate(n(m[3]), month, n(m[2])))],
  // d MMMM yyyy / d MMM yyyy
  [/^(\d{1,2}) ([A-Za-z]+) (\d{4})$/, (m) => withMonth(m[2], (month) => isoDate(n(m[3]), month, n(m[1])))],
  // dd-MMM-yyyy
  [/^(\d{2})-([A-Za-z]{3})-(\d{4})$/, (m) => withMonth(m[2], (month) => isoDate(n(m[3]), month, n(m[1])))],
  // yyyy-MMM-dd
  [/^(\d{4})-([A-Za-z]{3})-(\d{2})$/, (m) => withMonth(m[2], (month) => isoDate(n(m[1]), month, n(m[3])))],
];

function withMonth(name: string | undefined, build: (month: number) => string | null): string | null {
  const month = monthFromName(name ?? '');
  return month === null ? null : build(month);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SPACE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

function validTime(hours: string | undefined, minutes: string | undefined, seconds: string | undefined): boolean {
  return n(hours) <= 23 && n(minutes) <= 59 && (seconds === undefined || n(seconds) <= 59);
}

/** yyyy-mm-dd, or null when the text is not an accepted date. */
export function normaliseAcceptedDate(raw: string): string | null {
  for (const [pattern, build] of DATE_RULES) {
    const match = raw.match(pattern);
    if (match) return build(match);
  }
  const dateTime = raw.match(ISO_DATE_TIME);
  if (dateTime && validTime(dateTime[4], dateTime[5], dateTime[6])) return isoDate(n(dateTime[1]), n(dateTime[2]), n(dateTime[3]));
  return null;
}

/** Text Postgres reads unambiguously as timestamptz, or null when not accepted. */
export function normaliseAcceptedDateTime(raw: string): string | null {
  for (const pattern of [ISO_DATE_TIME, SPACE_DATE_TIME]) {
    const match = raw.match(pattern);
    if (match) {
      if (isoDate(n(match[1]), n(match[2]), n(match[3])) === null || !validTime(match[4], match[5], match[6])) return null;
      return raw; // ISO forms pass unchanged, as Twenty passes them to Postgres
    }
  }
  for (const [pattern, build] of DATE_RULES) {
    const match = raw.match(pattern);
    if (match) return build(match);
  }
  return null;
}
