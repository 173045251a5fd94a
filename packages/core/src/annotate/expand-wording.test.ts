import { describe, expect, it } from "vitest";

import { expandWording } from "./expand-wording";

describe("expandWording", () => {
  it("expands nested alternatives and optional groups", () => {
    expect(expandWording("pain [after (a|the) (session|workout)]", {}).sort()).toEqual(
      [
        "pain",
        "pain after a session",
        "pain after a workout",
        "pain after the session",
        "pain after the workout",
      ].sort(),
    );
  });

  it("substitutes macros and turns hyphens into spaces", () => {
    expect(expandWording("long-lasting {x}", { x: ["pain", "ache"] })).toEqual([
      "long lasting pain",
      "long lasting ache",
    ]);
  });

  it("rejects unbalanced groups and unknown macros", () => {
    expect(() => expandWording("(a|b", {})).toThrow(/Unclosed/);
    expect(() => expandWording("a)", {})).toThrow(/Unbalanced/);
    expect(() => expandWording("{nope}", {})).toThrow(/Unknown macro/);
  });
});
