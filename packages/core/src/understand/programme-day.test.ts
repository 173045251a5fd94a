import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("the day of a programme", () => {
  it("is no time since the session", () => {
    for (const text of [
      "Week 2, day 6 of the programme. Session yesterday, a bit achy, 2, better today.",
      "Day 6 of my exercises went fine, a bit achy, 2, and better today.",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("leaves a day after the session and other times", () => {
    for (const text of [
      "Day 5 after the session and still just as sore.",
      "Day 6 of the programme, sore since the session on Monday and it's Friday, no better.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
  });
});
