import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize";
import { isCorrectedScore } from "./corrected-score";
import { numberValues } from "./numbers";

/** Whether the first number of `text` (its token `at`) is read as taken back. */
const corrected = (text: string, number: string): boolean => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token) => token.norm === number);
  return isCorrectedScore(tokens, numberValues(tokens, []), at);
};

describe("a score corrected straight after it is given", () => {
  it("is taken back when a spelt-out correction gives another score", () => {
    expect(corrected("Deadlifts went to an 8 for a second -- sorry, more like a 6", "8")).toBe(
      true,
    );
    expect(corrected("went to 7 during the squats - sorry, I mean 4", "7")).toBe(true);
    expect(corrected("about a 9, well no, more like a 7 really", "9")).toBe(true);
    expect(corrected("an 8 (or rather a 7) last night", "8")).toBe(true);
    expect(corrected("Hit an 8 on the step-ups for a second -- sorry, more like a 6", "8")).toBe(
      true,
    );
  });

  it("stays when the next number is another day's, the correction gives no score, or nothing is corrected", () => {
    expect(corrected("6 yesterday, 4 today", "6")).toBe(false);
    expect(corrected("It was an 8 last night, sorry for the long message", "8")).toBe(false);
    expect(corrected("a 7 I mean it, really sore", "7")).toBe(false);
    expect(corrected("an 8 on the step-ups I mean, then a 3 on the bridges", "8")).toBe(false);
    expect(corrected("a 7? sorry, is that high? it is a 4 today", "7")).toBe(false);
  });
});
