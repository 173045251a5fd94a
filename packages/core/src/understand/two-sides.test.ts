import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** The statuses of the two-leg findings of a text. */
const bothLegs = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.concept === "bilateral-neuro")
    .map((f) => f.status);

describe("two-leg symptoms told one leg at a time", () => {
  it("reads a current symptom in each leg as both legs", () => {
    for (const text of [
      "my left leg is numb and my right leg is tingling",
      "numbness in my left foot and right calf",
      "Shooting pain in my left buttock and weakness in the right ankle",
      "Left sided sciatica as usual. Right foot has gone tingly since the weekend.",
      "left leg sciatica, same as always, no numbness in saddle, but right leg has started getting pins and needles",
    ]) {
      expect(bothLegs(text), text).toContain("present");
    }
  });

  it("keeps both legs long-standing when both sides are", () => {
    expect(
      bothLegs(
        "My left foot has been numb for about ten years and my right big toe has been numb for years too",
      ),
    ).toEqual(["long-standing"]);
  });

  it("does not join a side that is fine, past, or a joint worked in an exercise", () => {
    for (const text of [
      "numb in my left leg, nothing on the right",
      "I had numbness in my left leg last year, it went away. Now my right leg tingles.",
      "My left knee hurts after the lunges and my right calf feels numb",
      "my left side hurts and my right foot is numb",
    ]) {
      expect(bothLegs(text), text).not.toContain("present");
    }
  });

  it("reads the other leg said to have started, beside a leg symptom", () => {
    expect(
      bothLegs(
        "my other leg has started too. it was just my left leg for months and now my right leg has the same shooting pain",
      ),
    ).toContain("present");
    expect(
      bothLegs(
        "My other leg has started the strengthening programme as well. My right knee hurts after the lunges.",
      ),
    ).not.toContain("present");
  });
});
