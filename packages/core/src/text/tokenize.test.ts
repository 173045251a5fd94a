import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { tokenize } from "./tokenize";

const norms = (text: string) => tokenize(text).map((token) => token.norm);

describe("tokenize", () => {
  it("lower-cases words and keeps offsets into the original text", () => {
    const text = "Sharp PAIN, 7/10";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["sharp", "pain", ",", "7", "/", "10"]);
    for (const token of tokens)
      expect(text.slice(token.start, token.end).toLowerCase()).toContain(token.norm);
  });

  it("reads texting spellings of a day that start with a digit as the word", () => {
    expect(norms("manipulated 2day at physio")).toEqual(["manipulated", "today", "at", "physio"]);
    expect(norms("2nite, 2moro")).toEqual(["tonight", ",", "tomorrow"]);
    const [token] = tokenize("2Day");
    expect(token).toMatchObject({ kind: "word", norm: "today", start: 0, end: 4 });
    // (other numbers glued to words, or a longer word, stay as they are)
    expect(norms("2days 22day 2dayz")).toEqual(["2", "days", "22", "day", "2", "dayz"]);
  });

  it("treats straight, curly and missing apostrophes alike", () => {
    expect(norms("can't")).toEqual(["cant"]);
    expect(norms("can’t")).toEqual(["cant"]);
    expect(norms("cant")).toEqual(["cant"]);
    expect(norms("doesn’t improve")).toEqual(["doesnt", "improve"]);
  });

  it("collapses stretched letters", () => {
    expect(norms("numbbb and soooo tingly")).toEqual(["numb", "and", "so", "tingly"]);
    expect(norms("feeling")).toEqual(["feeling"]);
  });

  it("splits numbers joined by arrows", () => {
    expect(norms("7→5→3")).toEqual(["7", "→", "5", "→", "3"]);
    expect(norms("6➡4")).toEqual(["6", "➡", "4"]);
    expect(tokenize("7→5")[1]?.kind).toBe("punct");
  });

  it("splits on hyphens, dashes and non-breaking spaces", () => {
    expect(norms("jelly-legs")).toEqual(["jelly", "-", "legs"]);
    expect(norms("24\u00a0–\u00a072 hours")).toEqual(["24", "-", "72", "hours"]);
  });

  it("keeps decimals and splits digits from letters", () => {
    expect(norms("2.5kg")).toEqual(["2.5", "kg"]);
    expect(norms("day5")).toEqual(["day5"]);
  });

  it("marks tokens that follow a line break", () => {
    const tokens = tokenize("Stiffness\n- Soreness");
    expect(tokens.map((t) => t.afterBreak)).toEqual([true, true, false]);
  });

  it("is total, ordered and in range on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          const isOrdered = token.start >= previousEnd && token.end > token.start;
          if (!isOrdered || token.end > text.length) return false;
          previousEnd = token.end;
        }
        return true;
      }),
    );
  });
});
