import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";

/**
 * A word of pain going away that is the start of it going up: "20 min after stopping it's gone up to 5", "it went
 * higher", "it's gone back up". The settling cue "it's gone" (the pain gone) is then the pain rising, and says
 * nothing of it settling after the exercise.
 */

/** The last words of settling cues that are also verbs of moving ("its gone", "went"). */
const GONE = new WordSet(["gone", "went", "goes"]);
/** Words after them that make the move a rise ("gone up", "went higher", "gone back up"). */
const UP = new WordSet(["up", "higher", "worse", "sky"]);

/** Whether the settling cue `cue` ends on "gone" (or "went") with a word of going up right after it. */
export const isGoneUp = (reading: Reading, cue: CueHit): boolean => {
  if (!GONE.at(reading, cue.last - 1)) return false;
  const next = reading.tokens[cue.last]?.norm === "back" ? cue.last + 1 : cue.last;
  return UP.at(reading, next);
};
