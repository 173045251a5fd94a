import { describe, expect, it } from "vitest";

import { tokenize } from "../text/tokenize";
import { WordTable } from "../text/word-table";
import { checkPreparedAsIs, prepareTokens, prepareWithIds } from "./prepare-tokens";
import { buildTypoCorrector } from "./typo-correction";

const corrector = buildTypoCorrector([
  "numbness",
  "tingling",
  "legs",
  "both",
  "pins",
  "and",
  "needles",
]);
const words = new WordTable(["numbness", "both", "legs", "pins", "and", "needles"]);

describe("prepareWithIds", () => {
  it("prepares as prepareTokens does and gives each prepared token its word id", () => {
    const text = "numbess in both-legs, pins & needles, tinglling";
    const plain = prepareTokens(tokenize(text), corrector);
    const tokens = tokenize(text);
    const ids = prepareWithIds(tokens, corrector, words);
    expect(tokens).toEqual(plain);
    expect(tokens.map((token) => token.norm)).toEqual([
      "numbness",
      "in",
      "both",
      "legs",
      ",",
      "pins",
      "and",
      "needles",
      ",",
      "tingling",
    ]);
    expect([...ids]).toEqual(tokens.map((token) => words.idOf(token.norm)));
  });

  it("reads an exercise named 'dead bugs' or 'dead lift' as its one word, from the first word's start", () => {
    const text = "some dead bugs, a dead lift and my leg went dead";
    const tokens = prepareTokens(tokenize(text), corrector);
    expect(tokens.map((token) => token.norm)).toEqual([
      "some",
      "deadbugs",
      ",",
      "a",
      "deadlift",
      "and",
      "my",
      "leg",
      "went",
      "dead",
    ]);
    const [, bugs] = tokens;
    expect(text.slice(bugs?.start, bugs?.end)).toBe("dead bugs");
  });

  it("drops quote marks written against a word, keeping the word's offsets", () => {
    const text = "my foot felt 'asleep' and \"numb\" - it's fine";
    const tokens = prepareTokens(tokenize(text), corrector);
    expect(tokens.map((token) => token.norm)).toEqual([
      "my",
      "foot",
      "felt",
      "asleep",
      "and",
      "numb",
      "-",
      "its",
      "fine",
    ]);
    const asleep = tokens[3];
    expect(asleep && text.slice(asleep.start, asleep.end)).toBe("asleep");
  });

  it("refuses a reader's word that preparing would change", () => {
    expect(() => checkPreparedAsIs(words.words, corrector)).not.toThrow();
    expect(() => checkPreparedAsIs(["numbess"], corrector)).toThrow(/numbess/);
    expect(() => checkPreparedAsIs(["&"], corrector)).toThrow(/&/);
  });
});
