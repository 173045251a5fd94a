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
 * The page's tokens in matching form: hyphens and dashes dropped ("long-lasting" = "long lasting",
 * "24–72" = "24 72"), "the" and possessives dropped, and every number, in digits or words, normalised to `#`.
 */
export const toPageTokens = (tokens: readonly Token[]): Token[] => {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.kind === "punct" && token.norm === "-") continue;
    if (SKIPPED_WORDS.has(token.norm)) continue;
    if (token.kind === "number" || NUMBER_WORDS.has(token.norm)) {
      out.push({ ...token, norm: "#" });
    } else {
      out.push(token);
    }
  }
  return out;
};

/** Tokenizes page text into matching form (see `toPageTokens`). */
export const tokenizePage = (text: string): Token[] => toPageTokens(tokenize(text));
