import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a thing that collapsed", () => {
  it("is no collapse of the patient", () => {
    for (const text of [
      "a garden chair collapsed under me and I sat down hard, back sore since",
      "the old deckchair I was on collapsed yesterday, just bruised and sore",
      "Our bed frame collapsed in the night, gave me a fright, back stiff after PT as usual",
    ])
      expect(
        assess(text).firedRules.map((rule) => rule.id),
        text,
      ).not.toContain("collapse-with-pain");
  });

  it("keeps the patient collapsing as a collapse", () => {
    for (const text of [
      "sudden tearing pain in my back and I collapsed in the kitchen",
      "the chair broke and I collapsed with the pain, severe back pain",
    ])
      expect(assess(text).level, text).toBe("emergency");
  });
});
