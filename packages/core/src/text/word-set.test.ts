import { describe, expect, it } from "vitest";

import { readText } from "../understand/read-text";
import { WordSet } from "./word-set";

// Made before the first reading, so the reader numbers their words (as it does for every set in the source).
const COMMON = new WordSet(["i", "my", "pain", "leg", "and", "not"]);
const DIGITS_AND_MARKS = new WordSet(["10", "7", ",", "?", "-"]);
// A misspelling the typo corrector changes: the reader cannot number it, so tokens without an id are asked by norm.
const MISSPELT = new WordSet(["tinglin", "numbnes", "pain"]);
// A word no message has, beside words every message has.
const RARE = new WordSet(["zyzzyva", "the"]);

const MESSAGES = [
  "My left leg is tinglin and the pain is 7/10, not 10 - is that normal?",
  "I'm not sure, numbnes in my leg and pain, and i can't feel the toilet paper",
  "Zyzzyva? 😀 the end, and 10k steps; NUMBBB feet",
  "",
];

describe("WordSet", () => {
  it("answers `at` from token ids exactly as `has` answers from the norm, for every token and past the ends", () => {
    const late = new WordSet(["leg", "feet", "zyzzyva", "normal"]);
    for (const text of MESSAGES) {
      const reading = readText(text);
      for (const set of [COMMON, DIGITS_AND_MARKS, MISSPELT, RARE, late]) {
        for (let i = -2; i < reading.tokens.length + 2; i += 1) {
          expect(set.at(reading, i), `${JSON.stringify(text)} token ${i}`).toBe(
            set.has(reading.tokens[i]?.norm ?? ""),
          );
        }
      }
    }
  });

  it("answers `anyIn` true whenever `at` finds one of the words in the reading", () => {
    const late = new WordSet(["leg", "feet", "zyzzyva", "normal"]);
    const absent = new WordSet(["zyzzyva", "quokka"]);
    for (const text of MESSAGES) {
      const reading = readText(text);
      for (const set of [COMMON, DIGITS_AND_MARKS, MISSPELT, RARE, late, absent]) {
        const found = reading.tokens.some((_, i) => set.at(reading, i));
        if (found) expect(set.anyIn(reading), `${JSON.stringify(text)}`).toBe(true);
      }
    }
    // (a set whose words the table numbers answers from the ids alone: none of these words is in this message)
    expect(COMMON.anyIn(readText("Zyzzyva? 😀 the end"))).toBe(false);
    expect(COMMON.anyIn(readText("my leg"))).toBe(true);
  });

  it("numbers the words of the sets, so that most tokens have an id", () => {
    const reading = readText("My leg and the pain, not 10");
    expect(Array.from(reading.ids).every((id) => id >= 0)).toBe(true);
    expect(COMMON.at(reading, 0)).toBe(true);
    expect(DIGITS_AND_MARKS.at(reading, 5)).toBe(true);
  });

  it("refuses the empty word, which every missing token would match", () => {
    expect(() => new WordSet(["pain", ""])).toThrow(/empty word/);
  });

  it("has the size and the words it was made with", () => {
    expect(COMMON.size).toBe(6);
    expect([...RARE]).toEqual(["zyzzyva", "the"]);
  });
});
