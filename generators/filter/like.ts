// Postgres LIKE matching for the oracle: `%` is any run of characters, `_` exactly
// one character, a backslash makes the next character literal (Postgres's default
// escape), and the pattern must cover the whole text. ILIKE folds both sides first.
import { foldCase } from './collation.ts';

export function likePatternToRegExp(pattern: string): RegExp {
  let source = '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\') {
      const next = chars[++i];
      // Postgres refuses a pattern that ends with the escape character.
      if (next === undefined) throw new Error('LIKE pattern must not end with escape character');
      source += escapeRegExp(next);
    } else if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 'su');
}

function escapeRegExp(c: string): string {
  // Only syntax characters may be escaped under the `u` flag.
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

export function matchesLike(text: string, pattern: string, caseInsensitive: boolean): boolean {
  if (caseInsensitive) return likePatternToRegExp(foldCase(pattern)).test(foldCase(text));
  return likePatternToRegExp(pattern).test(text);
}
