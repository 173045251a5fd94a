import { describe, expect, it } from "vitest";

import { articleFromText } from "./article-from-text";

describe("articleFromText", () => {
  it("keeps the pasted text as it is, with one block per line and bullets left out", () => {
    const raw =
      "Sore after physio?\r\n\r\n  - Stiffness\r\n• Numbness in both legs\n2. Call 999\nDone.";
    const article = articleFromText(raw, { kind: "paste" });
    expect(article.text).toBe(raw.replace(/\r\n/g, "\n"));
    expect(
      article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)]),
    ).toEqual([
      ["paragraph", "Sore after physio?"],
      ["list-item", "Stiffness"],
      ["list-item", "Numbness in both legs"],
      ["list-item", "Call 999"],
      ["paragraph", "Done."],
    ]);
  });

  it("has no blocks for blank text", () => {
    expect(articleFromText(" \n\t\n", { kind: "paste" }).blocks).toEqual([]);
  });

  it("keeps a lone dash line as text rather than an empty item", () => {
    const article = articleFromText("-\nSoreness", { kind: "paste" });
    expect(article.blocks.map((block) => article.text.slice(block.start, block.end))).toEqual([
      "-",
      "Soreness",
    ]);
  });
});
