import { tokenize } from "../text/tokenize";
import type { Token } from "../text/tokenize";

/** Spelled-out numbers that match `#` like digits do ("two to three days" = "2 to 3 days"). */
const NUMBER_WORDS = new Set([
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
]);

/** Possessives and "the" never change which symptom is meant ("pain down your leg" = "pain down the leg"). */
const SKIPPED_WORDS = new Set(["the", "your", "my", "his", "her", "their", "ones"]);

/**
 * Tokenizes page text into matching form: hyphens and dashes dropped ("long-lasting" = "long lasting",
 * "24–72" = "24 72"), "the" and possessives dropped, and every number, in digits or words, normalised to `#`. The tokens are fresh, so they are rewritten in
 * place rather than copied: this runs over whole pages on every call.
 */
export const tokenizePage = (text: string): Token[] => {
  const tokens = tokenize(text);
  let kept = 0;
  for (const token of tokens) {
    if ((token.kind === "punct" && token.norm === "-") || SKIPPED_WORDS.has(token.norm)) continue;
    if (token.kind === "number" || NUMBER_WORDS.has(token.norm)) token.norm = "#";
    tokens[kept] = token;
    kept += 1;
  }
  tokens.length = kept;
  return tokens;
};
