import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

const values = (text: string): number[] =>
  readTextFacts(readText(text)).painScores.map((score) => score.value);

describe("a level given first and hedged after it", () => {
  it("reads the level, with its half", () => {
    expect(
      values(
        "Sore after the session. Six and a half I'd say, on Wednesday. Thursday a 4, today Friday a 2.",
      ),
    ).toEqual([6.5, 4, 2]);
    expect(
      values("Sore after the session. 6.5 I'd say, on Wednesday. Thursday a 4, today Friday a 2."),
    ).toEqual([6.5, 4, 2]);
    expect(values("Seven I reckon, the day after. Thursday a 4, today a 2, it's easing.")).toEqual([
      7, 4, 2,
    ]);
  });

  it("reads a 6-7 peak that is easing as the higher soreness easing", () => {
    for (const text of [
      "Seven I'd say, the day after the session. Day 2 a 5, today day 3 a 3.",
      "About a six and a half I reckon on Tuesday. Wednesday a 4, today a 2, easing.",
    ])
      expect(assess(text).level, text).toBe("monitor");
  });

  it("reads no count or time as a level", () => {
    expect(values("I did 6 I'd say, maybe 7 exercises. Back a bit sore today, 2/10.")).toEqual([2]);
    expect(values("6 and a half hours after the session I was sore, 3/10")).toEqual([3]);
    expect(
      assess("I did 6 I'd say, maybe 7 exercises. Back a bit sore today, 2/10, day after.").level,
    ).toBe("expected");
  });
});
