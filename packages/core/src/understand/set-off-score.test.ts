import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a level set off by a comma", () => {
  it("reads a 6-7 told bare and easing as a higher pain that is easing", () => {
    for (const text of [
      "The muscles of the back are more sore than normal, 6, but today it is better than yesterday.",
      "The pain after the session was big, 6 or 7, I take paracetamol. Now the second day it became less, 4.",
      "The back is very sore after exercises, 7, but less today.",
    ]) {
      expect(assess(text).level, text).toBe("monitor");
    }
  });

  it("keeps a bare 6 that is not easing as not settling", () => {
    for (const text of [
      "The back is sore, 6, and today it is the same.",
      "The pain after the session was big, 6 or 7, today worse, 7.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
  });

  it("reads no count or time as a level", () => {
    for (const text of [
      "Did 3 sets, 6 reps each, back a bit sore, 3, better today.",
      "Walked for 6 minutes, sore, 2, fine today.",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });
});
