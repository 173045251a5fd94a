import { describe, expect, it } from "vitest";

import { compilePhrases, expandPattern } from "./phrase-matcher";
import { tokenize } from "./tokenize";

describe("expandPattern", () => {
  it("expands alternatives and optional words", () => {
    expect(expandPattern("can't feel [the] toilet (paper|roll)").sort()).toEqual(
      [
        "can't feel the toilet paper",
        "can't feel the toilet roll",
        "can't feel toilet paper",
        "can't feel toilet roll",
      ].sort(),
    );
  });

  it("expands nested groups", () => {
    expect(expandPattern("(for years|since (i had|having) [the] kids)").sort()).toEqual(
      [
        "for years",
        "since having kids",
        "since having the kids",
        "since i had kids",
        "since i had the kids",
      ].sort(),
    );
  });

  it("refuses unbalanced groups", () => {
    expect(() => expandPattern("(a|b")).toThrow(/Unclosed group/);
    expect(() => expandPattern("a)b")).toThrow(/Unbalanced group/);
  });
});

describe("compilePhrases", () => {
  const matcher = compilePhrases<string>([
    ["numb", "numb"],
    ["numbness", "numb"],
    ["both legs", "bilateral"],
    ["can't feel the toilet paper", "saddle"],
    ["toilet", "toilet"],
  ]);

  it("finds the longest match at each position, with offsets", () => {
    const text = "I can’t feel the toilet paper and both legs are numbbb";
    const matches = matcher.findLongest(tokenize(text));
    expect(matches.map((m) => [m.value, text.slice(m.start, m.end)])).toEqual([
      ["saddle", "can’t feel the toilet paper"],
      ["bilateral", "both legs"],
      ["numb", "numbbb"],
    ]);
  });

  it("reports nested matches with findAll", () => {
    const matches = matcher.findAll(tokenize("can't feel the toilet paper"));
    expect(matches.map((m) => m.value)).toEqual(["saddle", "toilet"]);
  });

  it("rejects empty phrases", () => {
    expect(() => compilePhrases([["  ", 1]])).toThrow(/Empty phrase/);
  });
});
