// Building blocks for hostile text: junk words, unicode, control characters,
// line terminators and long runs. Each arbitrary here is size-bounded so a URL
// stays far below any proxy's limit (a 414 would say nothing about Twenty).
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/** Characters that mean nothing to any of Twenty's parsers. */
const PLAIN = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNOPQRSTUVWXYZ_');

/** A short identifier no deployment uses: the prefix keeps it out of every real datamodel. */
export const unknownNameArb: Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...PLAIN, ...'0123456789'), maxLength: 8 })
  .map((suffix) => `zzNoSuch${suffix}`);

/** Letters only: never a number for parseFloat (no digits, `.`, sign, `Infinity`), never a date, never a UUID. */
export const letterWordArb: Arbitrary<string> = fc.string({ unit: fc.constantFrom(...PLAIN.filter((c) => c !== 'I')), minLength: 1, maxLength: 10 });

const SPICE = ['é', 'ß', '漢', '字', '🙂', '\u0000', '\u0001', '\u007f', '\t', '\n', '\r', '\u2028', '\u00a0', '%', '%00', '+', '&', '=', '#', '\\', '/', ';', '<', '>', '`', '*', '$'];

/** Unicode, control characters and URL-significant characters mixed with letters. */
export const spicyTextArb: Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...SPICE), fc.constantFrom(...PLAIN)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));

/** Any code point but lone surrogates (which no URL encoder accepts). */
export const anyUnicodeArb: Arbitrary<string> = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 });

/** A long run of one ASCII character, up to 1000 (3000 once percent-encoded). */
export const longRunArb: Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', '(', ',', ' '), fc.integer({ min: 200, max: 1000 }))
  .map(([char, length]) => char.repeat(length));

/** Any of the above. */
export const hostileTextArb: Arbitrary<string> = fc.oneof(letterWordArb, spicyTextArb, anyUnicodeArb, longRunArb);
