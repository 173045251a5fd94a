import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * Words after "it up" that tell where a thing is got up to ("get it up onto the shelf", "up over the kerb"). Not
 * "to", "on" or "enough", which an erection is told with too ("can't get it up to be honest", "... on demand").
 */
const UP_WHERE = new WordSet([
  "onto",
  "into",
  "over",
  "above",
  "higher",
  "high",
  "upstairs",
  "there",
  "past",
  "off",
]);
/** A word that opens a place ("the stairs", "my shoulder", "a step"). */
const PLACE_OPENERS = new WordSet(["the", "a", "my", "those", "that", "this"]);
/** Places and heights a thing is lifted or carried up to. */
const PLACES = new WordSet([
  "stairs",
  "steps",
  "step",
  "staircase",
  "hill",
  "ladder",
  "shelf",
  "shelves",
  "kerb",
  "curb",
  "bed",
  "table",
  "loft",
  "attic",
  "car",
  "boot",
  "counter",
  "worktop",
  "bench",
  "wall",
  "ramp",
  "bus",
  "shoulder",
  "shoulders",
  "head",
  "chest",
  "box",
  "rack",
  "bar",
  "slope",
  "drive",
  "path",
]);

/**
 * "it up" at the end of `span`, with a place or a height after it: a thing lifted or carried ("I can't get it up
 * the stairs", "struggling to get it up onto the shelf"), not an erection. Only a place told right after counts, so
 * "can't get it up the last few days" and "trouble getting it up for a week" stay what they say.
 */
export const isLiftedUpSomewhere = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  if (tokens[span.last - 1]?.norm !== "up" || tokens[span.last - 2]?.norm !== "it") return false;
  const next = span.last;
  if (UP_WHERE.at(reading, next)) return true;
  if (PLACES.at(reading, next)) return true;
  return PLACE_OPENERS.at(reading, next) && PLACES.at(reading, next + 1);
};
