import { describe, expect, it } from "vitest";

import { tokenize } from "../text/tokenize";
import { learnerForm } from "./learner-forms";

const KNOWN = new Set(["killing", "lying", "sitting", "within", "cabin", "begin"]);
const isKnown = (norm: string): boolean => KNOWN.has(norm);

/** Each word of `text` as the reader takes it. */
const readAs = (text: string): string[] => {
  const tokens = tokenize(text);
  return tokens.map(
    (token, i) => learnerForm(tokens[i - 1], token, tokens[i + 1], isKnown) ?? token.norm,
  );
};

describe("learner forms", () => {
  it("reads a leg or foot left singular after a word of two as both, but not an exercise's name", () => {
    expect(readAs("my two leg have pain")).toEqual(["my", "two", "legs", "have", "pain"]);
    expect(readAs("both foot numb")).toEqual(["both", "feet", "numb"]);
    expect(readAs("two leg raises")).toEqual(["two", "leg", "raises"]);
    expect(readAs("only right leg")).toEqual(["only", "right", "leg"]);
    expect(readAs("pins and needle")).toEqual(["pins", "and", "needles"]);
  });

  it("puts back a dropped 'g' only where the word with it is known and the word as written is not", () => {
    expect(readAs("killin me, lyin or sittin")).toEqual([
      "killing",
      "me",
      ",",
      "lying",
      "or",
      "sitting",
    ]);
    expect(readAs("within the cabin")).toEqual(["within", "the", "cabin"]);
  });
});
