import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the findings of a concept in a text. */
const statuses = (text: string, concept: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === concept)
    .map((f) => f.status);

describe("a relative the patient is with, or feels", () => {
  it("leaves what the patient feels with them as the patient's", () => {
    for (const text of [
      "had sex with my partner and felt basically nothing",
      "I can't feel my partner during sex anymore",
      "with my partner during sex i could hardly feel it",
    ]) {
      expect(statuses(text, "sexual-dysfunction"), text).toContain("present");
    }
  });

  it("keeps a relative who goes on to be the subject theirs", () => {
    expect(statuses("I live with my mum who has numb legs", "bilateral-neuro")).not.toContain(
      "present",
    );
    expect(
      statuses("with my husband having sciatica down both legs", "bilateral-neuro"),
    ).not.toContain("present");
  });
});
