import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { TokenArena, withTokenScope } from "./token-arena";
import { tokenize } from "./tokenize";
import { WordTable, hashOf } from "./word-table";

const WORDS = [
  "numb",
  "both",
  "legs",
  "2.5",
  "10",
  "cant",
  "pins",
  "and",
  "needles",
  "numbness",
  "é",
];

describe("WordTable", () => {
  const table = new WordTable(WORDS);

  it("numbers the words in the order given and finds each by its characters", () => {
    WORDS.forEach((word, id) => {
      expect(table.idOf(word)).toBe(id);
      const text = `xx ${word} yy`;
      expect(table.idOfRange(text, 3, 3 + word.length, hashOf(word))).toBe(id);
    });
    expect(table.size).toBe(WORDS.length);
  });

  it("misses words it does not have, however their hashes fall", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (word) => {
        expect(table.idOf(word)).toBe(WORDS.indexOf(word));
      }),
    );
  });

  it("finds every word of a large table", () => {
    const many = Array.from({ length: 5_000 }, (_, n) => `w${n}`);
    const big = new WordTable(many);
    expect(many.filter((word, id) => big.idOf(word) !== id)).toEqual([]);
    expect(big.idOf("w5000")).toBe(-1);
  });

  it("leaves tokenizing unchanged: the same tokens with and without a table", () => {
    const pieces = [
      ...WORDS,
      "NUMB",
      "Both",
      "numbbb",
      "can't",
      "can\u200bt",
      "7",
      "2.5kg",
      " ",
      ", ",
      "\n",
      "-",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (picked) => {
        const text = picked.join(" ");
        expect(tokenize(text, { words: table })).toEqual(tokenize(text));
      }),
    );
  });

  it("keeps each token's id beside it in an arena, however the word was written", () => {
    const arena = new TokenArena();
    const text = "Both LEGS numbbb, can't 2.5 10 - é é pins and\u200bneedles";
    withTokenScope(arena, () => {
      arena.take("word", "before", 0, 0, false);
      const mark = arena.mark();
      const tokens = tokenize(text, { arena, words: table });
      expect([...arena.idsSince(mark)]).toEqual(tokens.map((token) => table.idOf(token.norm)));
      expect(tokens.filter((token) => table.idOf(token.norm) >= 0).length).toBeGreaterThan(8);
    });
  });
});
