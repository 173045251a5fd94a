import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/**
 * The part of a day told with a day ("Monday morning", "Tuesday evening", "Friday night", "yesterday afternoon",
 * "Sunday at lunchtime"), as an hour of that day. Days alone count whole days, so "manipulated Monday morning, still
 * tender Tuesday evening" read as one day (24 h) where about a day and a half (36 h) has gone: a manipulation
 * reaction past a day (triage-rules.md: monitor) read as inside it. Only ever used to add hours, never to take
 * them away, so a day counted whole is never shortened.
 */

/** Parts of a day, each at a typical hour. */
const PART_HOURS: ReadonlyMap<string, number> = new Map([
  ["morning", 9],
  ["am", 9],
  ["lunchtime", 12],
  ["lunch", 12],
  ["midday", 12],
  ["noon", 12],
  ["afternoon", 15],
  ["pm", 15],
  ["teatime", 17],
  ["evening", 19],
  ["eve", 19],
  ["night", 21],
  ["nite", 21],
]);
/** The hour a day without a part is taken to start from: a session told by its day alone, around midday. */
export const UNTIMED_DAY_HOUR = 12;
/** Words that may stand between a day and its part ("Sunday at lunchtime", "Monday in the morning"). */
const PART_LINKS = new WordSet(["at", "in", "the", "around", "about"]);
/** How many linking words may stand there. */
const PART_LINK_REACH = 2;

/** The hour of a part of the day told right after the day at token `i`, or undefined. */
export const dayPartHourAt = (reading: Reading, i: number): number | undefined => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  for (let j = i + 1; j <= i + 1 + PART_LINK_REACH; j += 1) {
    const token = tokens[j];
    if (token === undefined || clauseOf[j] !== clauseOf[i]) return undefined;
    const hour = PART_HOURS.get(token.norm);
    if (hour !== undefined) return hour;
    if (!PART_LINKS.at(reading, j)) return undefined;
  }
  return undefined;
};

/** Words of today before a part of the day ("this evening", "today at lunchtime"). */
const TODAY_WORDS = new WordSet(["this", "today"]);

/**
 * The hour of today's part of the day told anywhere in the message ("this evening", "tonight", "today at lunch"),
 * or undefined. Asked only when a day before is told with its own part ("yesterday morning").
 */
export const todayPartHour = (reading: Reading): number | undefined => {
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i += 1) {
    const norm = tokens[i]?.norm;
    if (norm === "tonight") return PART_HOURS.get("night");
    if (TODAY_WORDS.at(reading, i)) {
      const hour = dayPartHourAt(reading, i);
      if (hour !== undefined) return hour;
    }
  }
  return undefined;
};

/**
 * The hours to add to whole days counted from a day (with its part, or none) to a later one told with its part:
 * "Monday morning ... Tuesday evening" adds 10, "Friday ... Saturday night" 9 (from midday); never less than 0.
 */
export const partHoursBetween = (from: number | undefined, to: number | undefined): number =>
  to === undefined ? 0 : Math.max(0, to - (from ?? UNTIMED_DAY_HOUR));
