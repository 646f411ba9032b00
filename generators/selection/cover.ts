// The fewest items that together hold every kind any item holds (greedy set
// cover): at each step the item adding the most kinds not yet held, the heavier
// one on a tie, then the earlier one. Greedy is within a log factor of the
// optimum and, unlike the optimum, cheap and stable.

/** The covering items, in their original order. */
export function coverInOrder<T>(items: readonly T[], kindsOf: (item: T) => Iterable<string>, weight: (item: T) => number = () => 0): T[] {
  const entries = items.map((item, index) => ({ item, index, kinds: new Set(kindsOf(item)), weight: weight(item) }));
  const held = new Set<string>();
  const chosen = new Set<T>();
  for (;;) {
    let best: (typeof entries)[number] | undefined;
    let bestGain = 0;
    for (const entry of entries) {
      if (chosen.has(entry.item)) continue;
      let gain = 0;
      for (const kind of entry.kinds) if (!held.has(kind)) gain += 1;
      if (gain > bestGain || (gain === bestGain && gain > 0 && best && entry.weight > best.weight)) {
        best = entry;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.add(best.item);
    for (const kind of best.kinds) held.add(kind);
  }
  return items.filter((item) => chosen.has(item));
}
