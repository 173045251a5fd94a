import { tokenize } from "../text/tokenize";
import type { Token } from "../text/tokenize";

/** Spelled-out numbers that match `#` like digits do ("two to three days" = "2 to 3 days"). */
const NUMBER_WORDS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "fortyeight",
  "fifty",
  "sixty",
  "seventy",
  "seventytwo",
  "eighty",
  "ninety",
];

/** Possessives and "the" never change which symptom is meant ("pain down your leg" = "pain down the leg"). */
const SKIPPED_WORDS = ["the", "your", "my", "his", "her", "their", "ones"];

/** What page reading does with a word: `null` drops it, `#` stands for a number. One lookup per token. */
const PAGE_FORMS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ...NUMBER_WORDS.map((word) => [word, "#"] as const),
  ...SKIPPED_WORDS.map((word) => [word, null] as const),
]);

/** How page text is read (see `tokenizePage`). */
const PAGE_READING = { forms: PAGE_FORMS, numberNorm: "#", dropPunct: "-" } as const;

/**
 * Tokenizes page text into matching form: hyphens and dashes dropped ("long-lasting" = "long lasting",
 * "24–72" = "24 72"), "the" and possessives dropped, and every number, in digits or words, normalised to `#`.
 * One tokenizer pass: this runs over whole pages on every call.
 */
export const tokenizePage = (text: string): Token[] => tokenize(text, PAGE_READING);
