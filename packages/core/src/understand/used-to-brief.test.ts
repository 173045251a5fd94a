import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a tingle that used to come and go and is now there all the time", () => {
  it("reads it as numbness or tingling that persists", () => {
    for (const text of [
      "The tingling in my right calf that used to come and go for a few minutes is now there all the time.",
      "My left foot tingling used to come and go, a few minutes at a time, but now it doesn't go away at all.",
      "The pins and needles in my shin used to last a couple of minutes. Now they're there all day.",
      "The tingle in my right heel was on and off for a few minutes at a time, but since Monday it's constant.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
  });

  it("leaves a tingle that still passes, one now gone, and a lasting word of something else", () => {
    for (const text of [
      "The tingling in my calf comes and goes for a few minutes after the stretches, nothing constant.",
      "My right foot tingles for a minute after the stretch then it's fine, but now my back aches all the time",
    ]) {
      expect(assess(text).level, text).toBe("monitor");
    }
    expect(
      assess("the tingling in my foot used to come and go, but it's completely gone now").level,
    ).toBe("expected");
  });
});
