import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the aortic tearing findings of a text. */
const tearing = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "vascular" && f.detail === "tearing-pain")
    .map((f) => f.status);

describe("a tearing told of a limb in a stretch", () => {
  it("reads it as the stretch, not an aortic tearing", () => {
    for (const text of [
      "the hamstring stretch feels like its tearing at the back of my thighs when I hold it",
      "the stretch gives me a tearing feeling in the back of my thighs",
      "tearing sensation in my hamstrings when I stretch",
    ]) {
      expect(tearing(text), text).not.toContain("present");
    }
  });

  it("keeps a tearing in the back, chest or belly, stretch or not", () => {
    for (const text of [
      "a tearing feeling in my back when I stretch",
      "when I stretch I get a ripping pain in my back and tummy",
      "it feels like its tearing at the back of my chest and I feel faint",
      "sudden tearing pain in my back",
    ]) {
      expect(tearing(text), text).toContain("present");
    }
  });
});
