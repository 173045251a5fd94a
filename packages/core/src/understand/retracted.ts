import { WEEKDAYS } from "../text/weekdays";
import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";

/**
 * What the patient takes back straight after writing it: "sitting on the toilet felt weird this morning - actually
 * no, scratch that, I mean my back twinged", "I've had numbness down there since Sunday - sorry, I mean down my
 * right leg", "Soreness after the session was about a 6 - no wait, that was my very first session". What stands
 * just before the retraction is not the patient's report; what follows it is.
 *
 * Only what ends within a few words before the retraction, with nothing but a time, a place or punctuation
 * between ("... felt weird this morning - actually no"); a span that runs on past it keeps what the patient went
 * on to say ("numbness down there since Sunday - sorry, I mean down my right leg" is still numbness).
 */

/** How many tokens may stand between what is taken back and the retraction ("... since Sunday - sorry, I mean"). */
const RETRACT_REACH = 5;

/** Words of a time or a filler that may stand between them ("this morning", "since Sunday", "oh", "um"). */
const BETWEEN = new WordSet([
  "this",
  "morning",
  "afternoon",
  "evening",
  "today",
  "yesterday",
  "last",
  "night",
  "since",
  "on",
  ...WEEKDAYS,
  "oh",
  "um",
  "erm",
  "er",
  "hmm",
  "wait",
  "ok",
  "okay",
  "well",
  "or",
]);

/** Words before "I mean" that make it a retraction ("sorry, I mean", "no, I mean"), not a filler ("I mean, it hurts"). */
const RETRACTING = new WordSet(["sorry", "no", "oops", "whoops", "actually", "sry", "soz"]);

/**
 * Words after "sorry, I mean" that add to what was said rather than put something else in its place ("- sorry, I
 * mean since yesterday", "I mean it's really numb"): no retraction.
 */
const ADDING = new WordSet([
  "since",
  "from",
  "yesterday",
  "today",
  "it",
  "its",
  "really",
  "that",
  "like",
  "as",
  "for",
  "this",
  "last",
  "on",
  "at",
  "also",
  "and",
  "too",
  "both",
  "very",
  "completely",
  "totally",
]);

/** Whether what ends at token `last` (exclusive) is taken back by the retraction starting at token `first`. */
const takesBack = (reading: Reading, last: number, first: number): boolean => {
  if (first < last || first - last > RETRACT_REACH) return false;
  for (let i = last; i < first; i += 1) {
    const token = reading.tokens[i];
    if (token !== undefined && token.kind !== "punct" && !BETWEEN.at(reading, i)) return false;
  }
  return true;
};

/** Whether what ends at token `last` (exclusive) is taken back by a retraction told straight after it. */
export const isRetractedAfter = (reading: Reading, last: number): boolean => {
  const { tokens } = reading;
  for (const cue of cuesOf(reading, "retraction")) {
    if (cue.first < last) continue;
    if (takesBack(reading, last, cue.first)) return true;
    break;
  }
  for (const cue of cuesOf(reading, "i-mean")) {
    if (cue.first < last) continue;
    // (the word of taking back just before "I mean", a comma between or not)
    let before = cue.first - 1;
    if (tokens[before]?.kind === "punct") before -= 1;
    if (
      RETRACTING.at(reading, before) &&
      !ADDING.at(reading, cue.last) &&
      takesBack(reading, last, before)
    )
      return true;
    break;
  }
  return false;
};
