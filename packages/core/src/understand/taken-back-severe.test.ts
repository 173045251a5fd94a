import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the severe pain findings of a text. */
const severe = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "severe-pain")
    .map((f) => f.status);

describe("severe words taken back with a lower score", () => {
  it("reads the severe words as taken back", () => {
    for (const text of [
      "my pain is severe... well not severe severe, I'd say a 5, but it's sharp when I lean back",
      "it's unbearable... ok not unbearable, more like a 4, just annoying",
    ]) {
      expect(severe(text), text).not.toContain("present");
    }
  });

  it("keeps severe pain taken back to a high score or not taken back", () => {
    for (const text of [
      "the pain is severe, well not severe, maybe an 8",
      "my pain is severe, not getting better, a 5 now",
    ]) {
      expect(severe(text), text).toContain("present");
    }
  });
});
