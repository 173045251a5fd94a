import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a sign there since a year", () => {
  it("reads it as long-standing when it is said to be unchanged, and the event of the year as past", () => {
    for (const text of [
      "I've had a slight foot drop on the left since a motorbike crash in 2010, it's exactly the same as ever.",
      "Since 2009 my left leg has been a bit weak from polio, exactly the same as ever.",
      "I've had a weak left ankle since a rugby injury 20 years ago, no change at all.",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("keeps it present without a word of no change, and a change after it new", () => {
    expect(assess("Both my feet have been numb since a fall in 2019").level).toBe("emergency");
    expect(
      assess("My left leg has had a foot drop since 2010 and now it's getting worse every day")
        .level,
    ).toBe("emergency");
  });
});
