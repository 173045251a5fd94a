import { describe, expect, it } from "vitest";

import { createChunkSizer } from "./create-chunk-sizer";

describe("createChunkSizer", () => {
  const options = { first: 2_000, min: 500, max: 12_000, budgetMs: 12 };

  it("starts small and doubles while chunks are fast, up to the maximum", () => {
    const sizer = createChunkSizer(options);
    expect(sizer.next()).toBe(2_000);
    sizer.record(2_000, 3);
    expect(sizer.next()).toBe(4_000);
    sizer.record(4_000, 4);
    sizer.record(8_000, 5);
    sizer.record(12_000, 5);
    expect(sizer.next()).toBe(12_000);
  });

  it("shrinks to what fits the budget after a slow chunk, never below the minimum", () => {
    const sizer = createChunkSizer(options);
    sizer.record(2_000, 24);
    expect(sizer.next()).toBe(1_000);
    sizer.record(1_000, 500);
    expect(sizer.next()).toBe(500);
  });

  it("keeps the size when a chunk takes between half the budget and the budget", () => {
    const sizer = createChunkSizer(options);
    sizer.record(2_000, 8);
    expect(sizer.next()).toBe(2_000);
  });
});
