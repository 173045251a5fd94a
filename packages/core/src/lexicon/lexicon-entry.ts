import type { ConceptId } from "../model/concept";

/**
 * One lexicon entry: the ways people (patients and health pages) write one taxonomy concept, or a finer detail of
 * it that the triage rules need. Patterns use `expandPattern` syntax from `text/phrase-matcher.ts`: `(a|b)` picks
 * one alternative, `[x]` is optional. They are matched on normalised tokens, so case, apostrophes ("can't" =
 * "cant") and stretched letters ("numbbb") do not matter, and a hyphen between words matches a space.
 */
export type LexiconEntry = {
  concept: ConceptId;
  /** A finer meaning the rules use, e.g. `urinary-retention` under `bladder-bowel`. */
  detail?: string;
  patterns: readonly string[];
};
