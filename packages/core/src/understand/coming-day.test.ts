import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The hours since the session a message tells, or undefined. */
const hoursOf = (text: string): number | undefined =>
  readTextFacts(readText(text)).hoursSince?.hours;

describe("a weekday to come", () => {
  it("is no time since the session", () => {
    expect(hoursOf("Session was Monday, sore Tuesday, easing today. I'm due back Saturday.")).toBe(
      24,
    );
    expect(hoursOf("Physio on Monday and sore Tuesday. Next session is on Friday.")).toBe(24);
  });

  it("keeps a weekday gone by", () => {
    expect(hoursOf("Physio on Monday, still sore on Friday")).toBe(96);
  });
});
