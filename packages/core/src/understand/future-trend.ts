import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";

/**
 * A trend told of a time to come: "I'm expecting it to be worse tomorrow", "my physio said it'll get worse before it
 * gets better", "it will probably be sorer tomorrow". What the patient expects tells nothing of how the pain is going
 * now. (Not "might be getting worse": a patient unsure whether it is worsening now tells of now.)
 */

/** Words of expecting or being told what will come, before the trend. */
const EXPECTING = new WordSet([
  "expect",
  "expects",
  "expecting",
  "expected",
  "predicted",
  "warned",
  "anticipate",
  "anticipating",
]);
/** Words of the future before the trend ("it will be worse", "it'll get sorer", "it's going to be worse"). */
const WILL = new WordSet(["will", "itll", "ill", "theyll", "gonna", "shall"]);
/** Words of a time to come right after the trend ("worse tomorrow", "sorer the day after tomorrow"). */
const TO_COME = new WordSet(["tomorrow", "tmrw", "tmr", "tomoz", "later"]);
/** How far before the trend its word of expecting or of the future may stand ("expecting it to be a bit worse"). */
const FUTURE_REACH = 5;

/** Whether the trend cue `cue` is told of a time to come, not of now. */
export const isFutureTrend = (reading: Reading, cue: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  if (TO_COME.at(reading, cue.last)) return true;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - FUTURE_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) return false;
    if (EXPECTING.at(reading, i) || WILL.at(reading, i)) return true;
  }
  return false;
};
