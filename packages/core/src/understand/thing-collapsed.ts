import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * "a garden chair collapsed under me", "the bed frame collapsed": a thing that gave way, not the patient
 * fainting. (The fall it caused is read on its own, as a fall.)
 */

/** Things that can collapse under or around someone. */
const THINGS = new WordSet([
  "chair",
  "chairs",
  "deckchair",
  "stool",
  "bench",
  "bed",
  "frame",
  "sofa",
  "couch",
  "settee",
  "table",
  "shelf",
  "shelves",
  "ladder",
  "steps",
  "stepladder",
  "tent",
  "gazebo",
  "trampoline",
  "floor",
  "floorboard",
  "floorboards",
  "decking",
  "fence",
  "wall",
  "roof",
  "ceiling",
  "seat",
  "box",
  "crate",
  "hammock",
  "lounger",
]);
/** Words that make the patient the subject between the thing and "collapsed" ("the chair broke and I collapsed"). */
const PERSON = new WordSet(["i", "im", "ive", "me", "and", "then"]);
/** How far before "collapsed" its subject may stand ("the old garden chair I was on collapsed"). */
const SUBJECT_REACH = 5;

/** Whether "collapsed" at `hit` has a thing, not the patient, as its subject. */
export const isThingCollapsed = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  const word = tokens[hit.first]?.norm;
  if (word !== "collapsed" && word !== "collapse" && word !== "collapses") return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[hit.first];
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - SUBJECT_REACH); i -= 1) {
    if (sentenceOf[i] !== sentence) return false;
    if (THINGS.at(reading, i)) return true;
    // ("the chair I was on collapsed" reads on past "I was on"; "I collapsed" does not)
    if (PERSON.at(reading, i) && i === hit.first - 1) return false;
  }
  return false;
};
