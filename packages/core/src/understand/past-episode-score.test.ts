import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a score of a past episode that is over", () => {
  it("is no level now", () => {
    for (const text of [
      "Months ago I had a flare up to a 7 but that settled completely. Now just a mild ache after sessions, 2.",
      "Last year I had a bad spell, maybe a 7, it settled. This week a bit sore, 3, better today.",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("keeps a score told as now, or a past one not told as over", () => {
    for (const text of [
      "Last year I had a bad spell, maybe a 7. Now it's back, a 7 again and not settling.",
      "It used to settle by morning, now it's a 7 and not going away.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
    const text = "Years ago I had sciatica at 8/10 that cleared. Now 8/10 since Monday.";
    expect(assess(text).level, text).toBe("see-doctor");
  });
});
