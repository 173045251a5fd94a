/** Index of the last value in an ascending list that is at or before `value` (0 when none is). */
export const findLastAtOrBefore = (sorted: readonly number[], value: number): number => {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
};
