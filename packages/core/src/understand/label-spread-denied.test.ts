import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a nerve pain's label with its going into the leg denied", () => {
  it("reads no pain going down the leg", () => {
    for (const text of [
      "My friend reckons my ache is sciatica but it goes nowhere near my leg.",
      "The physio said it might be sciatica, but it never travels into my leg, it's all in my lower back.",
      "My ache is sciatica according to my friend but it doesn't go down my leg.",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("keeps a pain told in the leg", () => {
    for (const text of [
      "My friend reckons it's sciatica and it goes right down my leg to my foot.",
      "Sciatica down my left leg but it doesn't go down my right leg.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
  });
});
