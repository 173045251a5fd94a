import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

/** Whether a text has a present two-leg finding. */
const bothLegs = (text: string): boolean =>
  extractFindings(text).some((f) => f.concept === "bilateral-neuro" && f.status === "present");

describe("soreness of another part told between heavy legs and a recovery", () => {
  it("reads the recovery as that part's, so the legs' symptom stays", () => {
    for (const text of [
      "both my legs go heavy when I walk the dog, my knee was achy but it had gone by the end",
      "both legs get heavy when i'm walking to the shops, my hip was a bit achy in the warm-up but that had gone by the end",
    ]) {
      expect(bothLegs(text), text).toBe(true);
    }
  });

  it("leaves a recovery of the legs' own tiring to them", () => {
    for (const text of [
      "both my legs went heavy and wobbly after the squats but it had gone within the hour",
      "both legs like jelly after the squats and a bit sore, fine within ten minutes",
    ]) {
      expect(bothLegs(text), text).toBe(false);
    }
  });
});
