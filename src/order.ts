/**
 * `items.sort(compare)`, without the sort when the items already are in that order (as the stages' lists mostly come):
 * the sort is stable, so it would leave them as they are, and V8's sort copies the array each time. `compare` must
 * be a consistent order (as any comparator given to sort).
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return items.sort(compare);
  return items;
}
