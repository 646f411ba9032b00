// Reads the claims that Markdown help text makes about the API (limit default and
// maximum, default direction, comparator list), so the lint can hold them against the
// document's own schemas. Pure text functions; each returns undefined when the text
// makes no such claim.

export interface LimitClaim {
  default?: number;
  maximum?: number;
}

/** e.g. "Use **limit** to cap page size (default: 60, max: 60)." */
export function limitClaim(text: string): LimitClaim | undefined {
  for (const line of text.split('\n')) {
    if (!/limit/i.test(line)) continue;
    const byDefault = /default(?:\s+is)?\W{0,4}(\d+)/i.exec(line);
    const byMaximum = /max(?:imum)?(?:\s+is)?\W{0,4}(\d+)/i.exec(line);
    if (byDefault === null && byMaximum === null) continue;
    return {
      ...(byDefault?.[1] !== undefined ? { default: Number(byDefault[1]) } : {}),
      ...(byMaximum?.[1] !== undefined ? { maximum: Number(byMaximum[1]) } : {}),
    };
  }
  return undefined;
}

/** e.g. "Default per-field direction: AscNullsFirst" or "Default direction is **AscNullsFirst**". */
export function defaultDirectionClaim(text: string): string | undefined {
  return /default (?:per-field )?direction(?:\s+is)?\W{0,8}(\w+)/i.exec(text)?.[1];
}

/**
 * The comparators named on a line that introduces them ("Common comparators: `eq`, …",
 * "Available comparators are **eq**, …"), in order of appearance.
 */
export function comparatorClaim(text: string): string[] | undefined {
  for (const line of text.split('\n')) {
    if (!/comparators/i.test(line)) continue;
    const names = [...line.matchAll(/`([A-Za-z]+)`|\*\*([A-Za-z]+)\*\*/g)]
      .map((match) => match[1] ?? match[2])
      .filter((name): name is string => name !== undefined && name.toUpperCase() !== 'COMPARATOR');
    if (names.length > 0) return names;
  }
  return undefined;
}
