import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize";
import { dialectWord } from "./dialect-words";

/** The text's words with each dialect word read as English. */
const read = (text: string): string => {
  const tokens = tokenize(text);
  return tokens.map((token, i) => dialectWord(tokens, i, tokens[i - 1]) ?? token.norm).join(" ");
};

describe("dialect words", () => {
  it("reads Scots words as the English words they stand for", () => {
    expect(read("It's a 9 oot o 10, cannae get comfy lyin doon")).toBe(
      "its a 9 out of 10 , cant get comfy lying down",
    );
    expect(read("pins an needles doon ma right leg, nae bother wi the toilet")).toBe(
      "pins and needles down my right leg , no bother with the toilet",
    );
    expect(read("ma bladder's no workin right an it jist dribbles")).toBe(
      "my bladders not workin right and it just dribbles",
    );
    expect(read("ah cannae feel baith ma legs")).toBe("i cant feel both my legs");
    expect(read("ma maw an ma da")).toBe("my mum and my dad");
    expect(read("ma da's 78")).toBe("my dads 78");
  });

  it("leaves the English words alike in spelling as they are", () => {
    expect(read("an ache, an hour, an MRI, an 8")).toBe("an ache , an hour , an mri , an 8");
    expect(read("my ma says her ma has sciatica")).toBe("my ma says her ma has sciatica");
    expect(read("ah well, no feeling in my big tae")).toBe("ah well , no feeling in my big tae");
    expect(read("da, I have numbness")).toBe("da , i have numbness");
    expect(read("das ist gut")).toBe("das ist gut");
    expect(read("no tingling, no weakness, a canny move")).toBe(
      "no tingling , no weakness , a canny move",
    );
  });
});
