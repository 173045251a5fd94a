import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/**
 * A weekday of a time to come: "I'm due back Friday", "next session is on Friday", "booked in for Friday", "seeing
 * her Friday". Such a day is no time since the session: read as one, "Tuesday ... today it's a 3. I'm due back
 * Friday" counted days that have not yet come.
 */

/** Words before a weekday that make it a day to come. */
const COMING_LEADS = new WordSet(["due", "next", "booked", "coming", "seeing", "see"]);
/** Words that may stand between the lead and the weekday ("due back on Friday", "booked in for Friday"). */
const COMING_FILLERS = new WordSet([
  "back",
  "in",
  "on",
  "for",
  "her",
  "him",
  "them",
  "the",
  "physio",
  "pt",
  "session",
  "appointment",
  "appt",
  "is",
  "this",
]);
/** How far before the weekday its lead may stand. */
const COMING_REACH = 4;

/** Whether the weekday at token `i` is told as a day to come. */
export const isComingDayAt = (reading: Reading, i: number): boolean => {
  const { clauseOf } = reading.segments;
  for (let j = i - 1; j >= Math.max(0, i - COMING_REACH); j -= 1) {
    if (clauseOf[j] !== clauseOf[i]) return false;
    if (COMING_LEADS.at(reading, j)) return true;
    if (!COMING_FILLERS.at(reading, j)) return false;
  }
  return false;
};
