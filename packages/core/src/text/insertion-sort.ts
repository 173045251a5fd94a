/**
 * Sorts `items` in place, stably, by `compare` (negative: `a` first), and returns them. An insertion sort: the
 * lists it is for (a message's findings, trends, a rule's evidence) are short and nearly in order already, where
 * this does a few comparisons per item and, unlike the engine's sort, allocates no working copy. (Holes and
 * `undefined` items stay where they are.)
 */
export const insertionSort = <T>(items: T[], compare: (a: T, b: T) => number): T[] => {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i];
    if (item === undefined) continue;
    let j = i - 1;
    for (; j >= 0; j -= 1) {
      const before = items[j];
      if (before === undefined || compare(before, item) <= 0) break;
      items[j + 1] = before;
    }
    items[j + 1] = item;
  }
  return items;
};
