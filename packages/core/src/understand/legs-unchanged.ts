import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";

/**
 * A "same" told of the legs, as the patient's answer that nothing has changed there: "my legs feel the same as
 * ever", "walking is the same as always", "my feet are no different". It tells that the legs are as usual (a
 * denial of a new leg sign), not that the back pain is standing still. Not when the clause tells of pain ("the pain
 * in my leg is the same as ever": leg pain standing still) nor of numbness or weakness.
 */

/** Words of the legs and what they do. */
const LEG_WORDS = new WordSet([
  "legs",
  "leg",
  "feet",
  "foot",
  "knees",
  "walking",
  "balance",
  "strength",
]);
/** Words of the usual after "same as" ("the same as ever", "same as always", "same as normal"). */
const AS_EVER = new WordSet(["ever", "always", "usual", "normal"]);
/** Symptom words that make the clause about a symptom of the legs, not their being as usual. */
const SYMPTOMS = new WordSet([
  "pain",
  "painful",
  "hurt",
  "hurts",
  "hurting",
  "ache",
  "aching",
  "achy",
  "sore",
  "numb",
  "numbness",
  "tingling",
  "tingly",
  "weak",
  "weakness",
  "sciatica",
  "pins",
  "burning",
]);
/** How far before the "same" the legs may be named in its clause ("my legs feel the same"). */
const LEG_REACH = 6;

/** Whether the trend cue `cue` ("same ...", "no different") tells the legs as they always are. */
export const isLegsUnchanged = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  const lastWord = tokens[cue.last - 1]?.norm;
  const asEver =
    lastWord === "same" && tokens[cue.last]?.norm === "as" && AS_EVER.at(reading, cue.last + 1);
  const noDifferent = lastWord === "different" && tokens[cue.first]?.norm === "no";
  if (!asEver && !noDifferent) return false;
  let legs = false;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - LEG_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) break;
    if (SYMPTOMS.at(reading, i)) return false;
    if (LEG_WORDS.at(reading, i)) legs = true;
  }
  return legs;
};
