// Budget-bound profiles run a check on a few subjects only: the heaviest ones by
// what they can show, kept in their original (catalogue) order, first on a tie.

/** The `count` items of largest weight, in their original order (ties: the earlier item). */
export function heaviestInOrder<T>(items: readonly T[], weight: (item: T) => number, count: number): T[] {
  const chosen = new Set(
    items
      .map((item, index) => ({ item, index, weight: weight(item) }))
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, count)
      .map((entry) => entry.item),
  );
  return items.filter((item) => chosen.has(item));
}
