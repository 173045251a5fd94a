import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";

/**
 * A settling told as what happens each time, not this time: "normally I wake up stiff but back to normal by the
 * time I've had coffee. Today I woke up still at the 5 ...". A word of habit earlier in the sentence makes the
 * "back to normal" after it the usual course, so it settles nothing of today's pain; a word of now between ("but
 * today I'm back to normal") makes it this time's again.
 */

/** Words that tell what happens each time. */
const HABIT_WORDS = new WordSet(["normally", "usually", "generally", "typically"]);
/** Words of this time that end a habit's reach ("normally ... but today"). */
const THIS_TIME = new WordSet(["today", "now", "tonight", "yesterday", "currently", "this"]);
/** How far before the settling the word of habit may stand. */
const HABIT_REACH = 12;

/** Whether the settling cue `cue` is told as the usual course ("normally ... back to normal by lunch"). */
export const isHabitualSettling = (reading: Reading, cue: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[cue.first];
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - HABIT_REACH); i -= 1) {
    if (sentenceOf[i] !== sentence || THIS_TIME.at(reading, i)) return false;
    if (HABIT_WORDS.at(reading, i)) return true;
  }
  return false;
};
