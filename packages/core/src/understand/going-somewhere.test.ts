import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The trend a message tells, or undefined. */
const trendOf = (text: string): string | undefined => readTextFacts(readText(text)).trend?.value;

describe("a soreness going, or the patient going somewhere", () => {
  it("reads the soreness going as easing", () => {
    expect(trendOf("Day 5, still a bit sore but definitely going")).toBe("better");
    expect(trendOf("the ache is there but it's slowly going.")).toBe("better");
  });

  it("reads the patient going somewhere as no trend", () => {
    for (const text of [
      "Back a bit sore but definitely going to my session on Friday.",
      "Sore after PT and slowly going for longer walks.",
      "Stiff today but it's definitely going to be fine.",
    ]) {
      expect(trendOf(text), text).toBeUndefined();
    }
  });
});

describe("a way gone, or the pain's course", () => {
  it("reads the pain going the wrong way as worse", () => {
    expect(trendOf("day 4 and it's going the wrong way")).toBe("worse");
  });

  it("reads the patient's route as no trend", () => {
    expect(trendOf("I was going the wrong way round the park, back a bit stiff")).toBeUndefined();
  });
});
