import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import { factApplies } from "./status";

/**
 * The inflammatory pattern of back pain (reference.md, red flag 27; NHS Scotland's inflammatory back pain pathway):
 * stiffness for more than half an hour every morning, over months or with the pattern's other marks (better with
 * exercise and worse with rest, waking in the early hours): "my back has been stiff for over an hour every single
 * morning for about 6 months. It gets better with the exercises, worse if I sit all day, and I wake around 4am with
 * it". The rules leave it "still ambiguous" and ask for the more cautious level; the reference gives
 * contact-therapist, with advice to see a GP. Stiffness the morning after a session ("stiff for an hour this
 * morning") or a few minutes' stiffness each morning is ordinary.
 *
 * All three are needed: a morning stiffness of the patient's told as every morning, how long it lasts each time
 * (half an hour or more), and months or years of it or one of the other marks.
 */

/** Words of stiffness. */
const STIFF_WORDS = new WordSet(["stiff", "stiffness", "stiffer", "seized", "rigid"]);

/** Words before "morning" that make it every morning ("every single morning", "each morning", "most mornings"). */
const EVERY = new WordSet(["every", "each", "most", "all"]);

/** Units of time a morning stiffness lasts. */
const HOUR_WORDS = new WordSet(["hour", "hours", "hr", "hrs"]);
const MINUTE_WORDS = new WordSet(["minutes", "mins", "min", "minute"]);
/** Words before "hour" that make it an hour or more ("an hour", "a couple of hours", "two hours"). */
const HOUR_AMOUNTS = new WordSet([
  "an",
  "a",
  "one",
  "two",
  "three",
  "couple",
  "few",
  "several",
  "half",
  "1",
  "2",
  "3",
  "4",
]);
/** Times of day a stiffness may last until ("until lunchtime", "till midday"). */
const LATE_MORNING = new WordSet(["lunch", "lunchtime", "midday", "noon", "elevenses"]);
/** Words of how long until ("until", "till", "til"). */
const UNTIL = new WordSet(["until", "till", "til", "untill"]);

/** Months or years of it ("for about 6 months", "for years", "since last year"). */
const LONG_UNITS = new WordSet(["months", "years", "mths", "yrs", "yr"]);

/** Marks of the pattern besides the morning: better with exercise, worse with rest, waking in the early hours. */
const BETTER_WITH = new WordSet(["exercise", "exercises", "moving", "movement", "exercising"]);
const WORSE_WITH = new WordSet(["rest", "resting", "sit", "sitting", "still", "inactivity"]);

/** Words of waking. */
const WAKING = new WordSet(["wake", "woke", "waking", "wakes", "woken"]);
/** How far after waking the hour may be told ("I wake around 4am with it"). */
const WAKING_REACH = 5;

/** An hour of the early morning after waking: "4am", "3 am", "4 o'clock", "the early hours". */
const isEarlyHoursAfter = (reading: Reading, waking: number): boolean => {
  const { tokens } = reading;
  for (let i = waking + 1; i < Math.min(tokens.length, waking + WAKING_REACH); i += 1) {
    const norm = tokens[i]?.norm;
    if (norm === "early" && tokens[i + 1]?.norm === "hours") return true;
    const hour = Number(norm);
    const after = tokens[i + 1]?.norm;
    if (hour >= 2 && hour <= 5 && (after === "am" || after === "oclock" || after === "o"))
      return true;
  }
  return false;
};

/** How far from the stiffness (in tokens, in its sentence) the morning and its length may be told. */
const SENTENCE_REACH = 20;

/** Whether a word of `set` stands from token `from` up to `to`. */
const hasWordIn = (reading: Reading, from: number, to: number, set: WordSet): boolean => {
  for (let i = from; i < to; i += 1) if (set.at(reading, i)) return true;
  return false;
};

/** Every morning, told from `from` to `to`: "every morning", "each single morning", "in the mornings". */
const isEveryMorning = (reading: Reading, from: number, to: number): boolean => {
  const { tokens } = reading;
  for (let i = from; i < to; i += 1) {
    const norm = tokens[i]?.norm;
    if (norm === "mornings") return true;
    if (norm !== "morning") continue;
    if (EVERY.at(reading, i - 1) || (tokens[i - 1]?.norm === "single" && EVERY.at(reading, i - 2)))
      return true;
  }
  return false;
};

/** Half an hour or more, told from `from` to `to`: "for over an hour", "45 minutes", "until lunchtime". */
const isHalfHourOrMore = (reading: Reading, from: number, to: number): boolean => {
  const { tokens } = reading;
  for (let i = from; i < to; i += 1) {
    if (HOUR_WORDS.at(reading, i) && HOUR_AMOUNTS.at(reading, i - 1)) return true;
    if (
      HOUR_WORDS.at(reading, i) &&
      tokens[i - 1]?.norm === "of" &&
      HOUR_AMOUNTS.at(reading, i - 2)
    )
      return true;
    if (MINUTE_WORDS.at(reading, i) && Number(tokens[i - 1]?.norm) >= 30) return true;
    if (LATE_MORNING.at(reading, i) && UNTIL.at(reading, i - 1)) return true;
  }
  return false;
};

/** Months or years of it, or one of the pattern's other marks, anywhere in the message. */
const hasOtherMark = (reading: Reading): boolean => {
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i += 1) {
    // ("for about 6 months", "for years"; not "28 years old")
    if (LONG_UNITS.at(reading, i) && tokens[i + 1]?.norm !== "old") return true;
    const norm = tokens[i]?.norm;
    if (norm === "better" && hasWordIn(reading, i + 1, i + 4, BETTER_WITH)) {
      // (with the worse half too: "better with the exercises, worse if I sit all day")
      for (let j = i + 1; j < Math.min(tokens.length, i + 16); j += 1)
        if (tokens[j]?.norm === "worse" && hasWordIn(reading, j + 1, j + 5, WORSE_WITH))
          return true;
    }
    if (WAKING.at(reading, i) && isEarlyHoursAfter(reading, i)) return true;
  }
  return false;
};

/**
 * The words of a morning stiffness with the inflammatory pattern's marks: the stiffness word to the end of what
 * tells how long it lasts; undefined when there is none.
 */
export const findInflammatoryPattern = (
  reading: Reading,
): { first: number; last: number } | undefined => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  // (most messages have no word of stiffness: no look at each token then)
  if (!STIFF_WORDS.anyIn(reading)) return undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!STIFF_WORDS.at(reading, i)) continue;
    const sentence = sentenceOf[i] ?? 0;
    const from = Math.max(sentenceStarts[sentence] ?? 0, i - SENTENCE_REACH);
    const to = Math.min(sentenceStarts[sentence + 1] ?? tokens.length, i + SENTENCE_REACH);
    if (!isEveryMorning(reading, from, to) || !isHalfHourOrMore(reading, from, to)) continue;
    const span = { first: i, last: i + 1 };
    if (!factApplies(reading, span)) continue;
    if (!hasOtherMark(reading)) return undefined;
    return { first: from, last: to };
  }
  return undefined;
};
