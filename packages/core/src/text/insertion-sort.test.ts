import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertionSort } from "./insertion-sort";

describe("insertionSort", () => {
  it("sorts like the engine's stable sort, in place", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), n: fc.nat() })),
        (items) => {
          const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
          const expected = [...items].sort(byKey);
          const sorted = insertionSort(items, byKey);
          expect(sorted).toBe(items);
          expect(sorted).toEqual(expected);
        },
      ),
    );
  });

  it("leaves an empty or one-item list as it is", () => {
    expect(insertionSort([], () => 0)).toEqual([]);
    expect(insertionSort([3], () => 0)).toEqual([3]);
  });
});
