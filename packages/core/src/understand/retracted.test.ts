import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The concepts of a text's findings read as the patient's own now. */
const present = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.status === "present")
    .map((f) => f.concept);

describe("what the patient takes back straight after writing it", () => {
  it("sets aside a sign taken back with 'scratch that' or 'sorry, I mean'", () => {
    expect(
      present("sitting on the toilet felt weird this morning - actually no, scratch that"),
    ).not.toContain("bladder-bowel");
    expect(
      present("I've had numbness down there since Sunday - sorry, I mean down my right leg"),
    ).not.toContain("saddle-anesthesia");
  });

  it("sets aside a score taken back with 'no wait'", () => {
    const scores = readTextFacts(
      readText("Soreness was about a 6 - no wait, that was my first session. Now a 3."),
    ).painScores.map((score) => score.value);
    expect(scores).toEqual([3]);
  });

  it("keeps what 'I mean' adds to, and what is told between the sign and the taking back", () => {
    for (const text of [
      "numb between my legs since yesterday, sorry I mean it's spreading to my inner thighs too",
      "I can't feel the toilet paper when I wipe - sorry, I mean since yesterday, not before",
      "numb down there since Sunday, I mean it's really numb",
    ])
      expect(present(text), text).toContain("saddle-anesthesia");
  });
});
