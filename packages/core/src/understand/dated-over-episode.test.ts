import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("a dated episode told as over", () => {
  it("does not count a symptom had at a time gone by and said to be over", () => {
    for (const text of [
      "I had a numb foot for a month after a car accident in 2019 but that's long gone.",
      "The numbness I had in my left foot back in March went completely and hasn't come back.",
      "Last month I had pins and needles in my right foot which the physio sorted.",
      "Had flu with a temperature of 39.2 about 3 weeks ago, all gone now.",
      "I had a DVT in my leg after a long flight in 2017 (treated, gone).",
    ]) {
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("keeps an episode still there or back now", () => {
    for (const text of [
      "I had numbness in my foot in March that went away, but since yesterday it's back.",
      "I had numbness in my left foot back in March and it's still there.",
      "The numbness I had in my foot 3 weeks ago has not gone.",
    ]) {
      expect(assess(text).level, text).toBe("contact-therapist");
    }
    const text = "my legs are both numb I had sciatica years ago but it cleared up";
    expect(assess(text).level, text).toBe("emergency");
  });

  it("keeps an episode only partly over ('mostly cleared up', 'gone but not completely')", () => {
    for (const text of [
      "I had numbness in my groin last week, it has mostly cleared up",
      "I had numbness in my groin last week, it's mostly gone but not completely",
      "I had tingling in both feet in March, it's partly gone",
    ]) {
      expect(assess(text).level, text).toBe("emergency");
    }
    const text = "I had numbness in my groin last week, it has cleared up";
    expect(assess(text).level, text).toBe("expected");
  });
});
