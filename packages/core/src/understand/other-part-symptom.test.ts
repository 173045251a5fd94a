import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const bothLegs = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bilateral-neuro")
    .map((f) => f.status);

describe("a symptom of another part told after both legs", () => {
  it("reads the back's pain as the back's, not the legs'", () => {
    for (const text of [
      "I did lunges on both legs, so now my back hurts a bit",
      "my dad had sciatica in both legs for ages, so whenever my back hurts I worry",
      "we worked both legs hard today and then my lower back was really sore",
      "stretched both legs properly and still my back aches",
      // (both aching after leg exercises: muscle soreness)
      "both legs and my back ache after yesterday's squats and lunges",
      "both legs, my back and my neck all ache after yesterday's squats and lunges",
      "did lunges on both legs, then my back and neck ached",
    ]) {
      expect(bothLegs(text), text).not.toContain("present");
    }
  });

  it("keeps a symptom shared with the legs, or of the legs, a two-leg finding", () => {
    for (const text of [
      "both legs and my back hurt since this morning",
      "my back hurts down both legs",
      "pain in both legs and now my back hurts too",
      "did lunges on both legs, so now my back hurts and both legs are numb",
      // (an ache shared with the back, a new "my" opening the second subject)
      "both legs and my back ache since this morning",
      "both my legs and my lower back are aching",
      // (more than one other part listed with the legs, a comma or "and" between each)
      "both legs, my back and my neck all ache since this morning",
      "both legs and my back and neck ache",
      "both my legs, my lower back and my shoulders are all aching today",
    ]) {
      expect(bothLegs(text), text).toContain("present");
    }
  });
});
