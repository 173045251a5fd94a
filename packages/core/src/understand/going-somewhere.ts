import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";

/**
 * A word of the soreness going ("still a bit there but definitely going", "it's slowly leaving") read where the
 * patient is the one going somewhere or doing something: "but definitely going to the gym tomorrow", "and slowly
 * going for longer walks", "it's definitely going to be fine". An easing cue that ends on "going" or "leaving" is
 * an errand or a plan, not the soreness easing, when a word of where, what or what next follows it. So is a way
 * gone ("I was going the wrong way round the park"): the patient's route, not the pain's course.
 */

/** The last words of easing cues that are also verbs of going somewhere. */
const GOING = new WordSet(["going", "leaving"]);
/** Words after "going" that say where to or what for ("going to the gym", "going for walks", "going out"). */
const SOMEWHERE = new WordSet([
  "to",
  "for",
  "out",
  "back",
  "on",
  "into",
  "in",
  "up",
  "through",
  "round",
  "around",
  "ahead",
  "home",
  "along",
  "across",
  "down",
  "with",
  "gonna",
  "swimming",
  "walking",
  "running",
  "cycling",
]);

/** The last words of trend cues of a direction ("going the wrong way", "heading in the right direction"). */
const WAY = new WordSet(["way", "direction"]);

/**
 * Whether the trend cue `cue` ends on a verb of going, or on a way or direction gone ("I was going the wrong way
 * round the park"), with where to or what for after it.
 */
export const isGoingSomewhere = (reading: Reading, cue: CueHit): boolean =>
  (GOING.at(reading, cue.last - 1) || WAY.at(reading, cue.last - 1)) &&
  SOMEWHERE.at(reading, cue.last);
