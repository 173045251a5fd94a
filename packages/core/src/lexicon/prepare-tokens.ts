import type { Token } from "../text/tokenize";
import type { TypoCorrector } from "./typo-correction";

/** A hyphen written between two words with no spaces ("jelly-legs", "pins-and-needles") joins them. */
const isJoiningHyphen = (tokens: readonly Token[], index: number): boolean => {
  const token = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    token !== undefined &&
    before !== undefined &&
    after !== undefined &&
    token.kind === "punct" &&
    token.norm === "-" &&
    before.kind !== "punct" &&
    after.kind !== "punct" &&
    before.end === token.start &&
    token.end === after.start
  );
};

/**
 * Readies tokens for lexicon matching: joining hyphens are dropped (so "jelly-legs" matches "jelly legs"), "&"
 * reads as "and" ("pins & needles"), and misspelt words are corrected. Offsets are kept, so matches still point at the writer's own characters.
 */
export const prepareTokens = (
  tokens: readonly Token[],
  corrector: TypoCorrector,
): readonly Token[] => {
  // This runs on every message and every stretch of a page, and most change nothing: then the tokens come back
  // as they are. Otherwise one copy is made, of the same length, and corrected in place.
  let prepared: Token[] | undefined;
  let hasJoiningHyphen = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (isJoiningHyphen(tokens, i)) {
      hasJoiningHyphen = true;
      continue;
    }
    const corrected =
      token.kind === "punct" && token.norm === "&"
        ? { ...token, kind: "word" as const, norm: "and" }
        : corrector.correctToken(token);
    if (corrected === token) continue;
    prepared ??= tokens.slice();
    prepared[i] = corrected;
  }
  const out = prepared ?? tokens;
  return hasJoiningHyphen ? out.filter((_, i) => !isJoiningHyphen(tokens, i)) : out;
};
