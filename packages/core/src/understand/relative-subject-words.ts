import { WordSet } from "../text/word-set";

/**
 * Words right after a named relative that make them the subject of what follows, the one who has the symptom ("my
 * partner who has ...", "visiting my mum, she's been ...", "with my wife having ..."): shared by the readings that
 * otherwise take the relative as the one the patient is with, feels, lifts or visits (`partner-object.ts`,
 * `relative-as-object.ts`).
 */
export const RELATIVE_SUBJECT_AFTER = new WordSet([
  "who",
  "whos",
  "that",
  "has",
  "had",
  "hads",
  "is",
  "was",
  "s",
  "says",
  "said",
  "thinks",
  "keeps",
  "kept",
  "gets",
  "got",
  "also",
  "too",
  "suffers",
  "suffered",
  "suffering",
  "having",
  "being",
  "needing",
  "getting",
  "been",
  "he",
  "she",
  "hes",
  "shes",
  "they",
  "theyre",
]);
