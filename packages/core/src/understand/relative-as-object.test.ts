import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the findings of a concept in a text. */
const statuses = (text: string, concept: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === concept)
    .map((f) => f.status);

describe("a relative the patient lifted, carried or went to", () => {
  it("leaves the flare told with them as the patient's", () => {
    for (const text of [
      "Picked up my toddler awkwardly on Sunday and had a bigger flare than normal",
      "Lifting my grandson out of the bath set off a big flare",
      "The long car journey to my daughter's on Friday flared my back",
      "Visiting my mum at the weekend flared my back",
    ]) {
      expect(statuses(text, "flare-after-new-exercise"), text).toContain("present");
    }
  });

  it("keeps a relative who goes on to be the subject theirs", () => {
    for (const text of ["Visiting my mum who has sciatica, her leg was shooting pain all day"]) {
      expect(
        statuses(text, "shooting-radiating-pain").concat(
          statuses(text, "flare-after-new-exercise"),
        ),
        text,
      ).not.toContain("present");
    }
  });
});
