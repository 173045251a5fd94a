import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";
import { statusOf } from "./status";

/**
 * An accident told as one of the bladder or bowels, without naming either: "had a little accident at my desk this
 * afternoon, didn't even feel it coming", "a bit of an embarrassing accident on the way home". A small or
 * embarrassing accident, or one not felt coming, is how people say they wet or soiled themselves; a new one is a
 * cauda equina sign. Not an accident of a car, a fall, a tool or a pet, or a child's ("my toddler had a little
 * accident"), told near it.
 *
 * Anchored on the few "accident" cues found; each looks at a handful of tokens around it.
 */

/** Words just before "accident" that make it a bodily one: "a little accident", "bit of an embarrassing accident". */
const SMALL = new WordSet([
  "little",
  "small",
  "tiny",
  "slight",
  "embarrassing",
  "wee",
  "minor",
  // Counted, as only these accidents are: "had two accidents this week", "a couple of accidents".
  "two",
  "three",
  "few",
  "couple",
  "several",
  "2",
  "3",
]);

/** How far before "accident" its word of size may stand ("a bit of a little accident"). */
const SMALL_REACH = 3;

/**
 * Words of shame told before the accident in its sentence ("Embarrassing but I had an accident this morning", "so
 * mortified, had an accident in the shop"): no one is ashamed to tell of a car's or a fall's accident, so the
 * shame tells a bodily one, as a word of its size does.
 */
const ASHAMED = new WordSet([
  "embarrassing",
  "embarrassed",
  "embarassing",
  "embarassed",
  "mortified",
  "mortifying",
  "ashamed",
  "humiliating",
  "humiliated",
  "shameful",
]);

/** How far before "accident" a word of shame may stand ("Embarrassing to say but I had an accident"). */
const ASHAMED_REACH = 8;

/** How far after "accident" a word of not feeling it coming may stand, in its sentence or the next. */
const UNFELT_REACH = 14;

/** Accidents of other kinds, or of someone or something else, named in the same sentence. */
const OTHER_ACCIDENTS = new WordSet([
  "car",
  "cars",
  "bike",
  "bicycle",
  "cycling",
  "motorbike",
  "motorcycle",
  "crash",
  "crashed",
  "collision",
  "road",
  "traffic",
  "van",
  "bus",
  "lorry",
  "truck",
  "driver",
  "driving",
  "whiplash",
  "fell",
  "fall",
  "fallen",
  "falling",
  "slipped",
  "tripped",
  "injury",
  "injured",
  "insurance",
  "knife",
  "cut",
  "burn",
  "spilled",
  "spill",
  "dog",
  "puppy",
  "cat",
  "kitten",
  "toddler",
  "baby",
  "son",
  "daughter",
  "kid",
  "kids",
  "child",
  "grandson",
  "granddaughter",
  "potty",
  "skiing",
  "horse",
]);

/** How far from "accident" another kind's word may stand ("my toddler had a little accident", "... in the car park"). */
const OTHER_REACH = 6;

const hasOtherAccidentWord = (reading: Reading, accident: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[accident.first];
  const from = Math.max(0, accident.first - OTHER_REACH);
  const to = Math.min(reading.tokens.length, accident.last + OTHER_REACH);
  for (let i = from; i < to; i += 1)
    if (sentenceOf[i] === sentence && OTHER_ACCIDENTS.at(reading, i)) return true;
  return false;
};

const isToldSmall = (reading: Reading, accident: CueHit): boolean => {
  for (let i = accident.first - 1; i >= Math.max(0, accident.first - SMALL_REACH); i -= 1)
    if (SMALL.at(reading, i)) return true;
  return false;
};

const isToldAshamed = (reading: Reading, accident: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[accident.first];
  for (let i = accident.first - 1; i >= Math.max(0, accident.first - ASHAMED_REACH); i -= 1) {
    if (sentenceOf[i] !== sentence) break;
    if (ASHAMED.at(reading, i)) return true;
  }
  return false;
};

/** The "not felt coming" told after the accident, in its sentence or the next (`undefined` when none). */
const unfeltAfter = (reading: Reading, accident: CueHit): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[accident.first] ?? 0;
  for (const cue of cuesOf(reading, "unfelt")) {
    if (cue.first < accident.last) continue;
    if (cue.first - accident.last > UNFELT_REACH || (sentenceOf[cue.first] ?? 0) > sentence + 1)
      break;
    return cue;
  }
  return undefined;
};

/** Adds a bladder or bowel finding for each accident told as one (its status read as any finding's). */
export const addUnfeltAccidents = (reading: Reading, add: AddFinding): void => {
  for (const accident of cuesOf(reading, "accident")) {
    if (hasOtherAccidentWord(reading, accident)) continue;
    const unfelt = unfeltAfter(reading, accident);
    if (unfelt) {
      // (the accident's own status: a time told between it and the not feeling, "had an accident years ago, didn't
      // feel it coming", is the accident's; and what is run on after the not feeling, "... I leak when I sneeze,
      // it's been like that for 20 years", is not)
      add(
        "bladder-bowel",
        undefined,
        { first: accident.first, last: unfelt.last },
        statusOf(reading, accident, "bladder-bowel"),
      );
    } else if (isToldSmall(reading, accident) || isToldAshamed(reading, accident))
      add("bladder-bowel", undefined, accident);
  }
};
