import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";
import type { Span } from "./status";
import { LEG_PART_WORDS } from "./body-words";

/**
 * Words of time and course that tell neither: "nothing going down my legs" is where pain goes (it does not), not
 * pain that is not going down; "What a week." is an exclamation, not a week since the session.
 */

/** What pain goes down into: the leg and its parts. */
const LEG_PARTS = new WordSet([
  ...LEG_PART_WORDS,
  "toes",
  "buttock",
  "buttocks",
  "bum",
  "hip",
  "hips",
  "arm",
  "arms",
  "side",
]);
/** Words between "down" and the leg ("down my leg", "down the back of the left thigh", "down into both legs"). */
const DOWN_TO = new WordSet([
  "my",
  "the",
  "into",
  "to",
  "both",
  "either",
  "one",
  "left",
  "right",
  "back",
  "of",
  "front",
  "outside",
  "inside",
  "a",
  "your",
]);
/** How far after "down" the leg may be named ("down the back of my left leg"). */
const DOWN_REACH = 6;

/** Whether a trend cue ending in "down" tells where the pain goes ("nothing going down my legs"). */
export const isDownTheLeg = (reading: Reading, cue: CueHit): boolean => {
  if (reading.tokens[cue.last - 1]?.norm !== "down") return false;
  for (let i = cue.last; i < Math.min(reading.tokens.length, cue.last + DOWN_REACH); i += 1) {
    if (LEG_PARTS.at(reading, i)) return true;
    if (!DOWN_TO.at(reading, i)) return false;
  }
  return false;
};

/** Words of how long that, after "what", make an exclamation ("What a week!", "what a day it's been"). */
const WHAT_WORDS = new WordSet(["what", "whatta"]);

/** Whether a time span is an exclamation ("What a week", "what a couple of days"). */
export const isExclaimedTime = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  // (the span may start at its "a" or after it)
  let at = -1;
  if (tokens[span.first]?.norm === "a") at = span.first - 1;
  else if (tokens[span.first - 1]?.norm === "a") at = span.first - 2;
  return at >= 0 && WHAT_WORDS.at(reading, at);
};

/** Words after a length that make it a course of medicine ("a 5 day course", "a week's supply"). */
const COURSE_WORDS = new WordSet(["course", "courses", "supply", "prescription", "dose", "burst"]);
/** Medicines a length "of" may be of ("five days of antibiotics", "a week of prednisolone"). */
const MEDICINE_WORDS = new WordSet([
  "antibiotics",
  "antibiotic",
  "steroids",
  "steroid",
  "prednisolone",
  "prednisone",
  "pred",
  "tablets",
  "pills",
  "amoxicillin",
  "penicillin",
  "doxycycline",
  "medication",
  "medicine",
  "meds",
  "treatment",
]);

/**
 * Whether a length is that of a course of medicine ("I had a 5 day course of prednisolone back in 2019", "seven
 * days of antibiotics"), not the time since the session.
 */
export const isMedicineCourse = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  if (COURSE_WORDS.at(reading, span.last)) return true;
  return tokens[span.last]?.norm === "of" && MEDICINE_WORDS.at(reading, span.last + 1);
};

/** Words before "of" that make a steroid a short course ("a 5 day course of pred", "a week of prednisolone"). */
const SHORT_COURSE = new WordSet(["course", "burst", "day", "days", "week", "weeks"]);
/** Words of a long course before it ("a 6 month course of", "a long course of"): long-term steroids still. */
const LONG_COURSE = new WordSet([
  "month",
  "months",
  "year",
  "years",
  "long",
  "longterm",
  "lifelong",
]);
/** How far before "course" a long length may be told ("a six month course"). */
const LONG_REACH = 3;

/**
 * Whether a steroid at `hit` is told as a short course ("I had a 5 day course of prednisolone back in 2019", "a
 * week of pred for my chest"): not the long-term steroid use that weakens bones (triage-rules.md).
 */
export const isShortSteroidCourse = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  if (tokens[hit.first - 1]?.norm !== "of" || !SHORT_COURSE.at(reading, hit.first - 2))
    return false;
  for (let i = hit.first - 2; i >= Math.max(0, hit.first - 2 - LONG_REACH); i -= 1)
    if (LONG_COURSE.at(reading, i)) return false;
  return true;
};
