import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the radiating-pain findings of a text. */
const radiating = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "shooting-radiating-pain")
    .map((f) => f.status);

describe("a shock of nerve pain in lay words told going down one leg", () => {
  it("reads it as pain shooting down the leg", () => {
    for (const text of [
      "zingers from my bum all the way to my little toe on the right side",
      "keep getting a zinger from my hip down the outside of my thigh to the knee",
      "the twangs run from my lower back to my calf when i sit",
    ]) {
      expect(radiating(text), text).toContain("present");
    }
  });

  it("leaves shocks in the back, turned away from the leg, someone else's and past ones alone", () => {
    for (const text of [
      "zingers in my back after the session",
      "zingers in my bum but nothing in my leg",
      "my friend gets zingers down her leg",
      "used to get zingers down to my foot years ago, none now",
    ]) {
      expect(radiating(text), text).not.toContain("present");
    }
  });
});
