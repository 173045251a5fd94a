import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the bladder and bowel findings of a text. */
const bladder = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bladder-bowel")
    .map((f) => f.status);

describe("leaking told beside the toilet", () => {
  it("reads a leak on the way to the toilet as the patient's", () => {
    for (const text of [
      "leaking a bit before I make it to the toilet",
      "a bit of dribbling on the way to the bathroom since Tuesday",
      "I get the urge and then leak before I make it to the loo",
      "had a few leaks before getting to the loo",
    ]) {
      expect(bladder(text), text).toContain("present");
    }
  });

  it("leaves the toilet's own leak and the plumbing alone", () => {
    for (const text of [
      "the toilet is leaking again, had to call a plumber",
      "our leaky toilet flooded the bathroom",
      "toilet leaking everywhere, what a week",
      "the cistern in the loo keeps leaking",
    ]) {
      expect(bladder(text), text).not.toContain("present");
    }
  });

  it("keeps denied, past and someone else's leaks out", () => {
    for (const text of [
      "no leaking on the way to the toilet",
      "my dad leaks before he gets to the toilet",
      "I had some leaking before reaching the toilet last year after my baby, all fine now",
    ]) {
      expect(bladder(text), text).not.toContain("present");
    }
  });
});
