// How text compares and folds case: the one place to change if a deployment's
// database collates differently. The embedded reference runs PGlite, whose
// database has LC_COLLATE "C" and LC_CTYPE "C.UTF-8" (checked by running it): text
// orders by Unicode code point (UTF-8 byte order), while ILIKE/lower() fold case
// for all of Unicode. A Twenty on en_US.UTF-8 orders text differently ('a' < 'B');
// generators that compare text with gt/lt or sort on text against such a
// deployment should stick to samples whose order is the same in both.

/** Code-point order (Postgres "C" collation), not UTF-16 code-unit order. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const diff = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
}

/** Case folding for ILIKE under a UTF-8 ctype. */
export function foldCase(text: string): string {
  return text.toLowerCase();
}
