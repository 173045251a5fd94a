import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the calf clot findings of a text. */
const clot = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "vascular" && f.detail === "calf-clot-signs")
    .map((f) => f.status);

describe("a calf named at the end of one sentence, its signs told of 'it' in the next", () => {
  it("reads them as clot signs in that calf", () => {
    for (const text of [
      "The thing I wanted to ask about is my left calf. It's been hot and red on the inside since Sunday.",
      "Had my microdiscectomy 3 weeks ago. Quick question about my right calf. It looks puffy compared to the left.",
      "Had a fusion 2 weeks ago. Quick one about my left calf. It aches when I walk.",
    ]) {
      expect(clot(text), text).toContain("present");
    }
  });

  it("leaves denied signs, both calves and someone else's calf alone", () => {
    for (const text of [
      "Had my discectomy 3 weeks ago. Quick question about my right calf. It's not red or hot, just tired.",
      "One more thing, my calves. It's tight after the heel raises.",
      "My wife asked about her calf. It's hot and swollen.",
    ]) {
      expect(clot(text), text).not.toContain("present");
    }
  });
});
