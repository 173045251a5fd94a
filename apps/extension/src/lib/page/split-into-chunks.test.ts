import { describe, expect, it } from "vitest";

import type { TextBlock } from "../dom/text-block";
import { splitIntoChunks } from "./split-into-chunks";

const block = (text: string): TextBlock => ({
  element: document.body,
  text,
  nodes: [],
  starts: [],
});

describe("splitIntoChunks", () => {
  it("groups blocks up to the size and keeps every block once, in order", () => {
    const blocks = ["aaaa", "bbbb", "cccc", "dd", "eeeeeeeeee"].map(block);
    const chunks = splitIntoChunks(blocks, 10);
    expect(chunks.map((chunk) => chunk.map((b) => b.text))).toEqual([
      ["aaaa", "bbbb"],
      ["cccc", "dd"],
      ["eeeeeeeeee"],
    ]);
    expect(chunks.flat()).toEqual(blocks);
  });

  it("keeps a block longer than the size whole", () => {
    expect(splitIntoChunks([block("x".repeat(50))], 10)).toHaveLength(1);
  });
});
