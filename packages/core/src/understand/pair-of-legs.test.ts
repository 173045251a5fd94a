import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the two-leg findings of a text. */
const bothLegs = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bilateral-neuro")
    .map((f) => f.status);

describe("a leg symptom said to be in both legs by a pronoun and the legs told as a pair", () => {
  it("reads the pair, also restated after a dash or a comma, as both legs", () => {
    for (const text of [
      "Physio said it's sciatica. Trouble is it's now in the pair of them - left and right, down the back of each thigh to the knee.",
      "Physio said it's sciatica. It's now left and right, down the back of each thigh to the knee.",
      "My sciatica has got worse, I've got it in the pair of them now.",
      "The tingling in my leg is now in the two of them.",
    ]) {
      expect(bothLegs(text), text).toContain("present");
    }
  });

  it("leaves pairs of other things, worked knees, relatives', denied and asked ones alone", () => {
    for (const text of [
      "My kids are a pain, the pair of them.",
      "The pain in my knee after squats is in the two of them.",
      "My husband has sciatica, it's in the pair of them.",
      "My sciatica is in one leg, not the pair of them.",
      "Is it normal for sciatica to go into the pair of them?",
    ]) {
      expect(bothLegs(text), text).not.toContain("present");
    }
  });
});
