import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";
import { RELATIVE_SUBJECT_AFTER } from "./relative-subject-words";

/**
 * A relative named as what the patient lifted or carried, or where the patient went: "picked up my toddler
 * awkwardly and had a bigger flare", "lifting my grandson set it off", "the long drive to my daughter's flared my
 * back", "visiting my mum on Sunday". Told so, the relative is the object or the place of the patient's own act, and
 * the flare or pain told with it is the patient's. Not a relative who goes on to be the subject of what follows
 * ("visiting my mum who has sciatica", "carrying my son, he has a bad back": "who", a verb of theirs, or "he"/"she").
 */

/** Verbs of lifting or carrying right before the relative ("lifting my grandson", "carried my daughter"). */
const CARRIED_BEFORE = new WordSet([
  "lift",
  "lifts",
  "lifted",
  "lifting",
  "carry",
  "carries",
  "carried",
  "carrying",
  "hoist",
  "hoisted",
  "hoisting",
  "pushing",
  "pushed",
  "bathing",
  "bathed",
  "chasing",
  "chased",
]);

/** Verbs told with "up" before the relative ("picked up my toddler", "scooping up my granddaughter"). */
const PICKED_BEFORE_UP = new WordSet([
  "pick",
  "picks",
  "picked",
  "picking",
  "scoop",
  "scooped",
  "scooping",
  "lift",
  "lifted",
  "lifting",
  "swing",
  "swung",
  "swinging",
  "hoist",
  "hoisted",
]);

/** Words of going to a relative ("visiting my mum", "the drive to my daughter's", "staying at my son's"). */
const VISITED_BEFORE = new WordSet(["visiting", "visited", "visit", "visits"]);
/** Words of where, which count when the relative's name is told with "'s" ("to my daughter's", "at my son's"). */
const PLACE_BEFORE = new WordSet(["to", "at", "from", "round"]);

/** Whether the relative at `cue` is what the patient lifted or carried, or the one the patient went to. */
export const isRelativeAsObject = (reading: Reading, cue: CueHit): boolean => {
  // (also after a comma: "I went to my daughter's, she has had a big flare")
  const after = reading.tokens[cue.last]?.kind === "punct" ? cue.last + 1 : cue.last;
  if (RELATIVE_SUBJECT_AFTER.at(reading, after)) return false;
  const before = cue.first - 1;
  if (CARRIED_BEFORE.at(reading, before) || VISITED_BEFORE.at(reading, before)) return true;
  if (reading.tokens[before]?.norm === "up") return PICKED_BEFORE_UP.at(reading, before - 1);
  // ("to my daughter's": the name read with its "'s" as one word ending in "s")
  return PLACE_BEFORE.at(reading, before) && possessiveAt(reading, cue.last - 1);
};

/** Whether the token at `index` is a relative's name told with "'s" ("daughter's" reads as "daughters"). */
const possessiveAt = (reading: Reading, index: number): boolean => {
  const token = reading.tokens[index];
  if (token === undefined || token.end - token.start < 3) return false;
  // ("daughter's", "daughter’s"; not the plain plural "my friends")
  const last = reading.text.charCodeAt(token.end - 1) | 0x20;
  const mark = reading.text.charCodeAt(token.end - 2);
  return last === 0x73 && (mark === 0x27 || mark === 0x2019);
};
