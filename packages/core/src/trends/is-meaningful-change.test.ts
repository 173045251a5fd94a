import { describe, expect, it } from "vitest";

import { isMeaningfulChange } from "./is-meaningful-change";

describe("isMeaningfulChange (2 points or 30%, R40-R42)", () => {
  it("counts a change of 2 points or more either way", () => {
    expect(isMeaningfulChange(7, 9)).toBe(true);
    expect(isMeaningfulChange(9, 7)).toBe(true);
    expect(isMeaningfulChange(2, 4.5)).toBe(true);
  });

  it("counts a smaller change when it is 30% or more of the starting score", () => {
    expect(isMeaningfulChange(3, 4)).toBe(true);
    expect(isMeaningfulChange(5, 3.5)).toBe(true);
  });

  it("does not count changes below both lines", () => {
    expect(isMeaningfulChange(5, 6)).toBe(false);
    expect(isMeaningfulChange(8, 6.5)).toBe(false);
    expect(isMeaningfulChange(4, 4)).toBe(false);
    // 30% of nothing is nothing: from 0 only the 2-point line applies.
    expect(isMeaningfulChange(0, 1)).toBe(false);
    expect(isMeaningfulChange(0, 2)).toBe(true);
  });
});
