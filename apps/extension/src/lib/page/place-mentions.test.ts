import type { Mention } from "@backsure/core/guidance";
import { describe, expect, it } from "vitest";

import { collectBlocks } from "../dom/create-block-collector";
import { toLiveRange } from "../dom/to-live-range";
import { joinBlocks } from "./join-blocks";
import { placeMentions } from "./place-mentions";

const mention = (text: string, quote: string, from = 0): Mention => {
  const start = text.indexOf(quote, from);
  return {
    start,
    end: start + quote.length,
    concept: "numbness-tingling",
    level: "contact-therapist",
    negated: false,
  };
};

describe("placeMentions", () => {
  it("turns offsets over the joined page text into ranges over the right DOM text", () => {
    document.body.innerHTML =
      "<h2>When to worry</h2><p>New <b>numb</b>ness in the groin</p><ul><li>numbness</li></ul>";
    const blocks = collectBlocks(document.body);
    const joined = joinBlocks(blocks);
    expect(joined.text).toBe("When to worry\nNew numbness in the groin\nnumbness");
    const mentions = [
      mention(joined.text, "numbness in the groin"),
      mention(joined.text, "numbness", 30),
    ];
    const marks = placeMentions(blocks, joined, mentions);
    expect(marks.map((mark) => mark.quote)).toEqual(["numbness in the groin", "numbness"]);
    expect(marks.map((mark) => toLiveRange(document, mark.range).toString())).toEqual([
      "numbness in the groin",
      "numbness",
    ]);
    expect(marks[0]?.block).toBe(blocks[1]);
    expect(marks[0]).toMatchObject({ blockStart: 4, blockEnd: 25 });
    expect(marks[1]).toMatchObject({ block: blocks[2], blockStart: 0, blockEnd: 8 });
  });

  it("gives each mark the concept, level and negation core gave the mention", () => {
    document.body.innerHTML = "<p>no fever</p>";
    const blocks = collectBlocks(document.body);
    const joined = joinBlocks(blocks);
    const [mark] = placeMentions(blocks, joined, [
      { start: 3, end: 8, concept: "fever-infection", level: "see-doctor", negated: true },
    ]);
    expect(mark).toMatchObject({
      concept: "fever-infection",
      level: "see-doctor",
      negated: true,
      quote: "fever",
    });
  });
});
