import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { splitAtLineBreaks } from "./split-at-line-breaks";

describe("splitAtLineBreaks", () => {
  it("cuts at the first line break after each stretch of maxChars, keeping long lines whole", () => {
    expect(splitAtLineBreaks("aaaa\nbb\ncccccccc\nd", 3)).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 17 },
      { start: 17, end: 18 },
    ]);
    expect(splitAtLineBreaks("ab\ncd\nef", 1)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 8 },
    ]);
    expect(splitAtLineBreaks("", 10)).toEqual([]);
    expect(splitAtLineBreaks("no breaks at all", 4)).toEqual([{ start: 0, end: 16 }]);
  });

  it("covers the text exactly, in order, and every part but the last ends a line", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "\n"), maxLength: 200 }),
        fc.integer({ min: 0, max: 50 }),
        (text, max) => {
          const ranges = splitAtLineBreaks(text, max);
          expect(ranges.map((range) => text.slice(range.start, range.end)).join("")).toBe(text);
          ranges.slice(0, -1).forEach((range) => expect(text[range.end - 1]).toBe("\n"));
        },
      ),
    );
  });
});
