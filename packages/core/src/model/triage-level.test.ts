import { describe, expect, it } from "vitest";

import { TRIAGE_LEVELS, compareLevels, isTriageLevel, maxLevel, rankLevel } from "./triage-level";

describe("triage levels", () => {
  it("are ordered from expected to emergency", () => {
    expect(TRIAGE_LEVELS).toEqual([
      "expected",
      "monitor",
      "contact-therapist",
      "see-doctor",
      "emergency",
    ]);
    expect(rankLevel("expected")).toBe(0);
    expect(rankLevel("emergency")).toBe(4);
  });

  it("let the highest level win", () => {
    expect(maxLevel()).toBe("expected");
    expect(maxLevel("monitor", "emergency", "see-doctor")).toBe("emergency");
    expect(compareLevels("see-doctor", "contact-therapist")).toBeGreaterThan(0);
    expect(compareLevels("monitor", "monitor")).toBe(0);
  });

  it("recognise only the five ids", () => {
    expect(isTriageLevel("see-doctor")).toBe(true);
    expect(isTriageLevel("urgent")).toBe(false);
    expect(isTriageLevel(3)).toBe(false);
  });
});
