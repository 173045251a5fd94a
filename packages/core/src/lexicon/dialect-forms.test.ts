import { describe, expect, it } from "vitest";

import { tokenize } from "../text/tokenize";
import { dialectForm } from "./dialect-forms";

const KNOWN = new Set(["killing", "lying", "sitting", "within", "cabin", "begin"]);
const isKnown = (norm: string): boolean => KNOWN.has(norm);

/** Each word of `text` as the reader takes it. */
const readAs = (text: string): string[] => {
  const tokens = tokenize(text);
  return tokens.map(
    (token, i) => dialectForm(tokens[i - 1], token, tokens[i + 1], isKnown) ?? token.norm,
  );
};

describe("dialect forms", () => {
  it("reads Scots words as the English words they stand for", () => {
    expect(readAs("I cannae feel anything doon there")).toEqual([
      "i",
      "cant",
      "feel",
      "anything",
      "down",
      "there",
    ]);
    expect(readAs("the pills dinnae touch it")).toContain("dont");
    expect(readAs("9 oot o 10")).toEqual(["9", "out", "of", "10"]);
    expect(readAs("baith legs")).toEqual(["both", "legs"]);
  });

  it("reads 'ma' as 'my' only when it is no mother", () => {
    expect(readAs("ma back is killin me")).toEqual(["my", "back", "is", "killing", "me"]);
    expect(readAs("my ma has sciatica")).toEqual(["my", "ma", "has", "sciatica"]);
    expect(readAs("ma said her legs are numb")[0]).toBe("ma");
  });

  it("reads a leg or foot left singular after a word of two as both, but not an exercise's name", () => {
    expect(readAs("my two leg have pain")).toEqual(["my", "two", "legs", "have", "pain"]);
    expect(readAs("both foot numb")).toEqual(["both", "feet", "numb"]);
    expect(readAs("two leg raises")).toEqual(["two", "leg", "raises"]);
    expect(readAs("only right leg")).toEqual(["only", "right", "leg"]);
    expect(readAs("pins and needle")).toEqual(["pins", "and", "needles"]);
  });

  it("puts back a dropped 'g' only where the word with it is known and the word as written is not", () => {
    expect(readAs("lyin or sittin")).toEqual(["lying", "or", "sitting"]);
    expect(readAs("within the cabin")).toEqual(["within", "the", "cabin"]);
    expect(readAs("o dear")).toEqual(["o", "dear"]);
  });
});
