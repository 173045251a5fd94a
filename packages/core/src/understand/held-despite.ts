import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import { isNegationWord } from "./status";
import type { Span } from "./status";

/**
 * A settling condition told as not helping: "pins and needles that don't go even when I change position", "still
 * tingly even with rest", "it won't really ease when I move". Such a symptom does not clear with rest or a change
 * of position; it persists.
 */

/** Words that open a condition ("when I change position", "with rest", "if I move", "after stopping"). */
const CONDITION_OPENERS = new WordSet([
  "when",
  "whenever",
  "if",
  "with",
  "after",
  "once",
  "as",
  "while",
  "whilst",
  "changing",
]);

/** Words of going or easing (and their fillers) between a negation and the condition ("don't really go away"). */
const CLEARING_WORDS = new WordSet([
  "go",
  "goes",
  "going",
  "gone",
  "away",
  "off",
  "ease",
  "eases",
  "easing",
  "settle",
  "settles",
  "settling",
  "clear",
  "clears",
  "clearing",
  "stop",
  "stops",
  "fade",
  "fades",
  "pass",
  "passes",
  "budge",
  "budges",
  "shift",
  "shifts",
  "improve",
  "improves",
  "help",
  "helps",
  "better",
  "get",
  "gets",
  "really",
  "much",
  "it",
  "at",
  "all",
]);

/** How many words may stand between the negation and the condition ("doesn't really go away when I rest"). */
const NEGATION_REACH = 5;

/**
 * Whether the settling condition at `cue` is told as not helping: "even" right before a condition ("even when I
 * change position", "even with rest"), or a negation before it with only words of going or easing between ("don't
 * really go when I move", "doesn't ease off with rest").
 */
export const isHeldDespite = (reading: Reading, cue: Span): boolean => {
  if (reading.tokens[cue.first - 1]?.norm === "even" && CONDITION_OPENERS.at(reading, cue.first))
    return true;
  const stop = Math.max(0, cue.first - NEGATION_REACH);
  for (let i = cue.first - 1; i >= stop; i -= 1) {
    if (isNegationWord(reading.tokens[i]?.norm ?? "")) return true;
    if (!CLEARING_WORDS.at(reading, i)) return false;
  }
  return false;
};
