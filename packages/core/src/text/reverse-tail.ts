/**
 * Reverses `list` from index `from` up to `to` (its end by default), in place. Matchers push a start's matches
 * shortest first while walking and turn them longest first with this, without a second array.
 */
export const reverseTail = <T>(list: T[], from: number, to = list.length): void => {
  for (let a = from, b = to - 1; a < b; a += 1, b -= 1) {
    const early = list[a];
    const late = list[b];
    if (early !== undefined && late !== undefined) {
      list[a] = late;
      list[b] = early;
    }
  }
};
