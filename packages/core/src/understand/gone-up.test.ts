import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("pain gone up after stopping, not gone", () => {
  it("reads a rise after the exercise that is still there as not settling", () => {
    for (const text of [
      "back was 2 during the bridges, 15 min after stopping it's gone up to 5 and it's still 5 an hour later",
      "the pain was a 3 in the deadlifts but after stopping it's gone back up to a 5 and is still 5 now",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
  });

  it("keeps a pain gone after stopping as settling", () => {
    const text = "back was 3 during the bridges, after stopping it's gone and I'm fine now";
    expect(assess(text).level, text).toBe("expected");
  });
});
