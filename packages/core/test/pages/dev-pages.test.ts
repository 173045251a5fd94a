import { describe, expect, it } from "vitest";

import { locateGold } from "./dev-pages";

describe("locateGold", () => {
  it("places repeated quotes in document order, each after the previous one", () => {
    const text = "sharp pain, then sharp again, and sharp";
    const located = locateGold(text, [
      { quote: "sharp", concept: "sharp-pain", level: "contact-therapist", negated: false },
      { quote: "sharp", concept: "sharp-pain", level: "contact-therapist", negated: false },
      { quote: "sharp", concept: "sharp-pain", level: "contact-therapist", negated: false },
    ]);
    expect(located.map((m) => m.start)).toEqual([0, 17, 34]);
  });

  it("fails loudly when a quote is not in the text", () => {
    expect(() =>
      locateGold("nothing here", [
        {
          quote: "numbness",
          concept: "numbness-tingling",
          level: "contact-therapist",
          negated: false,
        },
      ]),
    ).toThrow(/not found/);
  });
});
