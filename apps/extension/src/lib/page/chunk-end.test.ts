import { describe, expect, it } from "vitest";

import type { TextBlock } from "../dom/text-block";
import { chunkEnd } from "./chunk-end";

const block = (text: string): TextBlock => ({
  element: document.body,
  text,
  nodes: [],
  starts: [],
});

/** The runs `chunkEnd` cuts, one after another. */
const runs = (blocks: readonly TextBlock[], maxChars: number): TextBlock[][] => {
  const out: TextBlock[][] = [];
  for (let from = 0; from < blocks.length;) {
    const end = chunkEnd(blocks, from, maxChars);
    out.push(blocks.slice(from, end));
    from = end;
  }
  return out;
};

describe("chunkEnd", () => {
  it("groups blocks up to the size and keeps every block once, in order", () => {
    const blocks = ["aaaa", "bbbb", "cccc", "dd", "eeeeeeeeee"].map(block);
    const chunks = runs(blocks, 10);
    expect(chunks.map((chunk) => chunk.map((b) => b.text))).toEqual([
      ["aaaa", "bbbb"],
      ["cccc", "dd"],
      ["eeeeeeeeee"],
    ]);
    expect(chunks.flat()).toEqual(blocks);
  });

  it("keeps a block longer than the size whole", () => {
    expect(runs([block("x".repeat(50))], 10)).toHaveLength(1);
    expect(chunkEnd([block("x".repeat(50)), block("y")], 0, 10)).toBe(1);
  });
});
