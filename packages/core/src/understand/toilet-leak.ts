import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";
import type { Span } from "./status";

/**
 * Leaking told beside the toilet: "leaking a bit before I make it to the toilet", "I dribble on the way to the
 * loo". The toilet names what leaks (the patient's urine or stool) as "urine" or "pants" would; with no word for
 * what leaks and no "I" before the leak (`leak-self`), this is how a patient says it. Only words that are a leak
 * in themselves: "wet", "damp" or "an accident" in the bathroom are as often the floor or a fall.
 */
export const TOILET_LEAK_WORDS: ReadonlySet<string> = new Set([
  "leak",
  "leaks",
  "leaking",
  "leaked",
  "leakage",
  "leaky",
  "dribble",
  "dribbles",
  "dribbling",
  "dribbled",
]);

/** What leaks in a bathroom besides the patient: the toilet itself and its plumbing, a shower, a tap. */
const PLUMBING = new WordSet([
  "cistern",
  "tank",
  "flush",
  "seal",
  "pipe",
  "pipes",
  "plumbing",
  "plumber",
  "tap",
  "taps",
  "shower",
  "sink",
  "basin",
  "bath",
  "tub",
  "roof",
  "ceiling",
  "window",
  "radiator",
  "boiler",
  "valve",
  "hose",
  "washer",
]);

/** The toilet and the room it is in, as the leak's neighbour ("a leaky toilet flooded the bathroom"). */
const TOILET = new WordSet([
  "toilet",
  "toilets",
  "loo",
  "loos",
  "bathroom",
  "lav",
  "lavatory",
  "wc",
  "restroom",
]);

/** Words between the toilet and its own leak: "the toilet is leaking", "loo's been leaking again". */
const TOILET_AS_SUBJECT = new WordSet([
  "is",
  "was",
  "s",
  "has",
  "had",
  "been",
  "keeps",
  "kept",
  "started",
  "starts",
  "still",
  "always",
  "also",
  "now",
  "again",
]);

/** How far around the leak its plumbing may be named ("the shower in the bathroom has been leaking"). */
const PLUMBING_REACH = 6;

/**
 * Whether the leak near a toilet word is the toilet's or the bathroom's own: the toilet as the leak's subject
 * ("the toilet is leaking", "a leaking toilet", "toilet leak"), or plumbing named beside the leak, in its
 * sentence ("water leaking under the sink in the bathroom", "the cistern in the loo dribbles").
 */
export const isToiletsOwnLeak = (reading: Reading, domain: CueHit, sign: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  // "leaking toilet", "toilet leak": the toilet and the leak side by side.
  if (TOILET.at(reading, sign.last) || TOILET.at(reading, sign.first - 1)) return true;
  // "the toilet is leaking", "toilet's been leaking again"
  if (domain.last < sign.first) {
    let i = domain.last;
    while (i < sign.first && TOILET_AS_SUBJECT.at(reading, i)) i += 1;
    if (i === sign.first) return true;
  }
  const sentence = sentenceOf[sign.first];
  const from = Math.max(0, sign.first - PLUMBING_REACH);
  const to = Math.min(tokens.length, sign.last + PLUMBING_REACH);
  for (let i = from; i < to; i += 1) {
    if (sentenceOf[i] === sentence && PLUMBING.at(reading, i)) return true;
  }
  return false;
};
