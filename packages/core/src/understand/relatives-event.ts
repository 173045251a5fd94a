import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/**
 * Events and places a relative's name can own ("my daughter's wedding", "my mum's house", "my son's football
 * match"), or a "the" of one ("my sister's the other day" is not).
 */
const OWNED_EVENTS = new WordSet([
  "wedding",
  "weddings",
  "party",
  "birthday",
  "funeral",
  "graduation",
  "christening",
  "anniversary",
  "reception",
  "house",
  "home",
  "place",
  "flat",
  "garden",
  "allotment",
  "match",
  "game",
  "concert",
  "school",
  "leaving",
  "retirement",
  "hen",
  "stag",
  "bbq",
  "barbecue",
  "do",
  "christmas",
]);

/**
 * A relative named as the owner of an event or a place ("a long day on my feet at my daughter's wedding, maybe a
 * 7", "after helping at my son's house my back"): the patient was there, and what is told after it is the
 * patient's own, not the relative's. `last` is where the relative's name ends (exclusive).
 */
export const isRelativesEvent = (reading: Reading, last: number): boolean =>
  OWNED_EVENTS.at(reading, last);
