import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIALECT_FORMS } from "../../src/lexicon/dialect-words";
import { tokenize } from "../../src/text/tokenize";
import { readText } from "../../src/understand/read-text";
import { sharedPath } from "../support/shared-path";

/**
 * Typo correction must not drift into real words. Each word of the reader's vocabulary changes which misspellings
 * are one edit from a known word, so adding a cue word can silently turn an everyday word into it ("shopping" read
 * as "sopping", "mine's" as "mins"). Words that patients write in three or more of the project's messages are real
 * words: each must be read as itself, or as one of the folds below.
 */
const ACCEPTED_FOLDS: ReadonlyMap<string, string> = new Map([
  // A past tense read as its verb, the same ache ("my back ached after the session").
  ["ached", "ache"],
  // Possessives and plurals of days and body parts read as the word ("Monday's session", "my hamstrings").
  ["yesterdays", "yesterday"],
  ["todays", "today"],
  ["mondays", "monday"],
  ["tuesdays", "tuesday"],
  ["wednesdays", "wednesday"],
  ["thursdays", "thursday"],
  ["fridays", "friday"],
  ["saturdays", "saturday"],
  ["sundays", "sunday"],
  ["backs", "back"],
  ["hamstrings", "hamstring"],
  // The therapist's possessive read as the word ("my physio's comment").
  ["physios", "physio"],
  // A label of pain scores read as its singular ("Pain scores: bridges 2, ..."), which the readers know.
  ["scores", "score"],
  // An exercise read as its plural, which the readers know.
  ["deadlift", "deadlifts"],
  // The Scots "tae" read as "to" where it stands for it (`lexicon/dialect-words.ts` reads it from its neighbours: "ma
  // big tae" is a toe); alone, it is.
  ["tae", "to"],
]);

const MIN_MESSAGES = 3;

type Texted = { text: string };

const here = path.dirname(fileURLToPath(import.meta.url));
const texts = [
  ...(JSON.parse(readFileSync(path.join(here, "messages.json"), "utf8")) as Texted[]),
  ...(JSON.parse(readFileSync(sharedPath("dev-set", "vignettes.json"), "utf8")) as Texted[]),
].map((message) => message.text);

/** Words (as the tokenizer writes them) found in at least `MIN_MESSAGES` messages. */
const everydayWords = (): string[] => {
  const messagesWith = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(
      tokenize(text).flatMap((token) => (token.kind === "word" ? [token.norm] : [])),
    );
    for (const word of words) messagesWith.set(word, (messagesWith.get(word) ?? 0) + 1);
  }
  return [...messagesWith].filter(([, count]) => count >= MIN_MESSAGES).map(([word]) => word);
};

const readAs = (word: string): string =>
  readText(word)
    .tokens.map((token) => token.norm)
    .join(" ");

describe("typo correction leaves everyday words alone", () => {
  const words = everydayWords();

  it("finds the everyday words of the messages", () => {
    expect(words.length).toBeGreaterThan(500);
  });

  it("reads each word patients write in three or more messages as itself (or a listed fold)", () => {
    const drifted = words
      .map((word) => [word, readAs(word)] as const)
      // (a dialect word is read as the English word it stands for: "cannae" as "cant", see `dialect-words.ts`)
      .filter(
        ([word, read]) => read !== (ACCEPTED_FOLDS.get(word) ?? DIALECT_FORMS.get(word) ?? word),
      )
      .map(([word, read]) => `${word} -> ${read}`);
    expect(drifted).toEqual([]);
  });

  it("reads everyday words that sit one letter from a reader word as themselves", () => {
    // ("went shopping" is no "sopping"; "mine's" is no "mins"; "a sneeze" is no "sneezed")
    for (const word of ["shopping", "mines", "sneeze"]) expect(readAs(word)).toBe(word);
  });

  it("reads words the red-flag readers know by their own spelling as themselves", () => {
    // ("my chest feels crushed" is no crash, "seated" no sweat, "drinking" no draining)
    for (const word of ["crushed", "seated", "drinking", "heating", "failing", "sagging"])
      expect(readAs(word)).toBe(word);
  });
});
