import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a foot that drops, told of both feet", () => {
  it("reads foot drop in both feet as a two-leg sign", () => {
    for (const text of [
      "both foot is dropping when I walk, left and right",
      "both feet are dropping when I walk",
      "foot drop in both feet since two days",
      "I have drop foot on both sides now",
    ]) {
      expect(assess(text).level, text).toBe("emergency");
    }
  });

  it("reads no foot drop in a thing dropped on the feet, a denial, a relative or a past episode", () => {
    for (const text of [
      "I dropped a kettlebell on both feet, bruised",
      "no foot drop in either foot, all fine",
      "my dad has foot drop in both feet",
      "I had foot drop in both feet 5 years ago after surgery, fully recovered",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("keeps one dropping foot one-sided", () => {
    const text = "my right foot drops, the left is fine";
    expect(assess(text).level, text).toBe("see-doctor");
  });
});
