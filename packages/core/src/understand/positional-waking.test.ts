import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the night pain findings of a text. */
const nightPain = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "night-pain")
    .map((f) => f.status);

describe("woken on turning in bed and straight back to sleep", () => {
  it("reads it as discomfort of a position, not night pain", () => {
    for (const text of [
      "Back wakes me a bit when I roll onto my right side, I shift and drift straight back off.",
      "my back wakes me up when I turn over, but I go right back to sleep",
    ]) {
      expect(nightPain(text), text).not.toContain("present");
    }
  });

  it("keeps night pain that does not settle, or with no turn in bed", () => {
    for (const text of [
      "my back wakes me up when I roll over and I can't get back to sleep",
      "Back wakes me most nights",
      "at night the pain is the worst, i wake many times and it does not go away when i turn over.",
    ]) {
      expect(nightPain(text), text).toContain("present");
    }
  });
});
