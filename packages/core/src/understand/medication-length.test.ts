import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const statusOf = (text: string, concept: string): string[] =>
  extractFindings(text)
    .filter((finding) => finding.concept === concept)
    .map((finding) => finding.status);

describe("a steroid's length", () => {
  it("reads 'for years' after a steroid as the steroid's length, not the symptom's before it", () => {
    expect(
      statusOf("my legs are tingly on pred for years. sore after pt", "bilateral-neuro"),
    ).toContain("present");
    expect(
      statusOf(
        "I've lost control of my bowels on steroids for my arthritis for years",
        "bladder-bowel",
      ),
    ).toContain("present");
  });

  it("keeps the steroid's own length, and a symptom's length told of the symptom", () => {
    expect(statusOf("on steroids for years, sore after pt", "osteoporosis-steroids")).toContain(
      "present",
    );
    expect(
      statusOf(
        "both legs have been tingly for years, on steroids too, nothing new",
        "bilateral-neuro",
      ),
    ).not.toContain("present");
  });
});
