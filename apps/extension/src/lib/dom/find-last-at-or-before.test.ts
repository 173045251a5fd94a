import { describe, expect, it } from "vitest";

import { findLastAtOrBefore } from "./find-last-at-or-before";

describe("findLastAtOrBefore", () => {
  it("finds the last start at or before an offset", () => {
    const starts = [0, 6, 14, 20];
    expect(
      [0, 5, 6, 13, 14, 19, 20, 99].map((offset) => findLastAtOrBefore(starts, offset)),
    ).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it("gives 0 for an empty list or an offset before the first start", () => {
    expect(findLastAtOrBefore([], 5)).toBe(0);
    expect(findLastAtOrBefore([3, 8], 1)).toBe(0);
  });
});
