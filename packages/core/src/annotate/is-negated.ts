import type { Token } from "../text/tokenize";
import { CLAUSE_ENDS } from "./page-words";

/** Words that say the symptom is absent when they come right before it ("no numbness", "without fever"). */
const CUES: ReadonlySet<string> = new Set([
  "no",
  "without",
  "denies",
  "denied",
  "nor",
  "absence",
  "free",
]);
/** Verb cues that need a negator before them ("don't have", "did not notice", "never had"). */
const VERB_CUES: ReadonlySet<string> = new Set([
  "have",
  "has",
  "had",
  "experience",
  "experiencing",
  "feel",
  "feeling",
  "notice",
  "report",
  "get",
]);
const NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "dont",
  "doesnt",
  "didnt",
  "never",
  "no",
  "without",
  "havent",
  "hasnt",
]);
/** Words allowed between the cue and the symptom ("no signs of numbness", "without any fever"). */
const FILLERS: ReadonlySet<string> = new Set([
  "any",
  "a",
  "an",
  "signs",
  "sign",
  "of",
  "new",
  "other",
  "obvious",
  "significant",
  "history",
  "the",
  "or",
  ",",
]);

/**
 * Whether the text says the symptom starting at token `first` is absent for the person described. Looks back
 * at most a few tokens within the clause; "should never feel worse" (advice) is not a denial.
 */
export const isNegated = (first: number, tokens: readonly Token[]): boolean => {
  let i = first - 1;
  let skipped = 0;
  while (i >= 0 && skipped <= 3) {
    const token = tokens[i];
    const after = tokens[i + 1];
    if (!token || after?.afterBreak || CLAUSE_ENDS.has(token.norm)) return false;
    if (CUES.has(token.norm)) {
      // "with or without numbness" names the symptom both ways.
      return !(
        token.norm === "without" &&
        tokens[i - 1]?.norm === "or" &&
        tokens[i - 2]?.norm === "with"
      );
    }
    if (VERB_CUES.has(token.norm)) {
      const before = tokens[i - 1];
      const twoBefore = tokens[i - 2];
      return (
        (before !== undefined && NEGATORS.has(before.norm) && before.norm !== "never") ||
        (before?.norm === "never" && token.norm === "had") ||
        (twoBefore !== undefined && before?.norm === "not" && twoBefore.norm === "do")
      );
    }
    if (!FILLERS.has(token.norm)) return false;
    skipped += 1;
    i -= 1;
  }
  return false;
};
