import { describe, expect, it } from "vitest";

import { countSyllables, fleschKincaidGrade } from "./readability";

describe("countSyllables", () => {
  it.each([
    ["pain", 1],
    ["the", 1],
    ["stiffness", 2],
    ["therapist", 3],
    ["tingling", 2],
    ["emergency", 4],
    ["little", 2],
    ["rested", 2],
    ["moved", 1],
  ])("%s has %i", (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe("fleschKincaidGrade", () => {
  it("rates short plain sentences low and long technical ones high", () => {
    const plain = fleschKincaidGrade("Stop the move. Tell your therapist. Rest a bit.").grade;
    const technical = fleschKincaidGrade(
      "Intervertebral disc degeneration with concomitant radiculopathy necessitates multidisciplinary neurosurgical evaluation and comprehensive electrodiagnostic investigation.",
    ).grade;
    expect(plain).toBeLessThan(3);
    expect(technical).toBeGreaterThan(14);
  });

  it("counts words, sentences and syllables", () => {
    expect(fleschKincaidGrade("Keep moving. It helps!")).toMatchObject({
      words: 4,
      sentences: 2,
    });
  });
});
