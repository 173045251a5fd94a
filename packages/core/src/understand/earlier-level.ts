import { WordSet } from "../text/word-set";
import { WEEKDAYS } from "../text/weekdays";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * A level told after the level now as what it was before: "4/10. was 6 yesterday", "it's like a 2 now, from a 6 on
 * day 2", "more a 2 than the 5 it was on Saturday", "a 1 or 2. It was more like a 5 earlier in the week". Patients
 * give the level now first and the earlier one as an afterthought, often with no word of pain beside it, so the
 * earlier number went unread (or, read as a later level, made an easing look like a rise). Read with the score just
 * before it, the two tell the course: a higher earlier level is an easing by now.
 */

/** Words that put the number after them in the past ("was 6", "were about a 7", "had been a 5"). */
const PAST_LINKS = new WordSet(["was", "were", "been"]);
/** Words that may stand between the lead and the number ("was more like a 5", "from about a 6"). */
const FILLERS = new WordSet([
  "a",
  "an",
  "about",
  "around",
  "like",
  "more",
  "maybe",
  "probably",
  "roughly",
  "nearly",
  "almost",
  "easily",
  "solid",
  "up",
  "at",
  "to",
  "definitely",
  "closer",
]);
/** How many fillers may stand between the lead and the number. */
const FILLER_REACH = 3;

/** Words that time a level back then ("yesterday", "earlier in the week", "at first", "on Saturday", "at its worst"). */
const PAST_TIMES = new WordSet([
  ...WEEKDAYS,
  "yesterday",
  "yday",
  "yest",
  "earlier",
  "before",
  "initially",
  "first",
  "start",
  "beginning",
  "worst",
  "peak",
  "last",
  "previous",
  "weekend",
  "mon",
  "tue",
  "tues",
  "thu",
  "thur",
  "thurs",
  "fri",
]);
/** How far from the number its time may be told, in its clause ("was 6 on day 2", "yesterday it was 6"). */
const TIME_REACH = 5;

/** How far after the score before it an earlier level may be told ("4/10. was 6 yesterday."). */
const AFTER_REACH = 16;

/** What leads the number at `i`: a past link, "from", "than" with "the" or "a", or nothing. */
const leadOf = (reading: Reading, i: number): "past" | "from" | "than" | undefined => {
  const { tokens } = reading;
  let at = i - 1;
  // ("than the 5 it was on Saturday", "than a 5")
  const before = tokens[at]?.norm;
  if ((before === "the" || before === "a" || before === "an") && tokens[at - 1]?.norm === "than")
    return "than";
  for (let n = 0; n < FILLER_REACH && FILLERS.at(reading, at); n += 1) at -= 1;
  if (PAST_LINKS.at(reading, at)) return tokens[at - 1]?.norm === "has" ? undefined : "past";
  if (tokens[at]?.norm === "from") return "from";
  return undefined;
};

/**
 * Whether a word of a time back then is told within a few words of the number at `i`, in its clause: a day before
 * ("yesterday", "on Saturday", "earlier in the week", "at first") or a numbered day ("on day 2").
 */
const isTimedBack = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  const clause = clauseOf[i];
  const from = Math.max(0, i - TIME_REACH);
  const to = Math.min(tokens.length - 1, i + TIME_REACH);
  for (let k = from; k <= to; k += 1) {
    if (k === i || clauseOf[k] !== clause) continue;
    if (PAST_TIMES.at(reading, k)) return true;
    // ("on day 2", "the day after")
    const norm = tokens[k]?.norm;
    if (norm === "day" && (tokens[k + 1]?.kind === "number" || tokens[k - 1]?.norm === "the"))
      return true;
  }
  return false;
};

/**
 * "the 5 it was", "the 6 I had": a compared level said to have been, right after it.
 */
const isSaidToHaveBeen = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  const subject = tokens[i + 1]?.norm;
  const verb = tokens[i + 2]?.norm;
  return (
    (subject === "it" && (verb === "was" || verb === "had")) ||
    (subject === "i" && (verb === "had" || verb === "was"))
  );
};

/** Words that make a level the level now ("2/10 now", "a 3 today", "currently a 2"). */
const NOW_WORDS = new WordSet(["now", "today", "currently", "tonight", "atm"]);
/** Words that date a level to a day gone by ("Monday a 3", "yesterday a 6") or tell it in the past ("was a 3"). */
const THEN_WORDS = new WordSet([
  ...WEEKDAYS,
  "yesterday",
  "yday",
  "last",
  "earlier",
  "was",
  "were",
]);
/** How far around a level its word of now or then may stand, in its clause. */
const DATE_REACH = 6;

/**
 * Whether the score at `span` is the level now: a word of now in its clause ("2/10 now", "it's a 2 today"), or
 * neither that nor a word of a day gone by or of the past near it ("4/10.", "a 1 or 2"). "Sunday a 3. Monday was a
 * 6" tells two days in order, the later last: no level now with an earlier one after it.
 */
const isLevelNow = (reading: Reading, span: Span): boolean => {
  if (isSaidNow(reading, span)) return true;
  const { clauseOf } = reading.segments;
  const clause = clauseOf[span.first];
  for (let k = Math.max(0, span.first - DATE_REACH); k < span.first; k += 1)
    if (clauseOf[k] === clause && THEN_WORDS.at(reading, k)) return false;
  return true;
};

/**
 * Whether the number at `i` is a level told as earlier, right after the score at `before` (in its sentence or the
 * next), that score being the level now (`isLevelNow`): led by "was" with a time back then ("was 6 yesterday", "It was more like a 5 earlier in the week"), by
 * "from" ("a 2 now, from a 6 on day 2", "down from a 6"; not "from 6 to 2", which is told in order), or by "than"
 * with the level said to have been ("more a 2 than the 5 it was on Saturday").
 */
export const isEarlierLevelAfter = (
  reading: Reading,
  i: number,
  before: Span | undefined,
): boolean => {
  if (before === undefined || before.last > i || i - before.last > AFTER_REACH) return false;
  const { sentenceOf } = reading.segments;
  const gap = (sentenceOf[i] ?? 0) - (sentenceOf[before.first] ?? 0);
  if (gap < 0 || gap > 1) return false;
  const lead = leadOf(reading, i);
  if (lead === undefined) return false;
  // (a comparison sets the level now against the one it was: "more a 2 than the 5 it was on Saturday")
  if (lead === "than") return isSaidToHaveBeen(reading, i) || isTimedBack(reading, i);
  if (!isLevelNow(reading, before)) return false;
  if (lead === "from") {
    // ("from 6 to 2", "from a 6 down to a 3": the earlier level told first, in order)
    const next = reading.tokens[i + 1]?.norm;
    return next !== "to" && next !== "down" && next !== "-";
  }
  // ("it's like a 2 now, was a 5": the "was" set against a level said to be now needs no day)
  return isTimedBack(reading, i) || isSaidNow(reading, before);
};

/** Whether a word of now is told in the clause of the score at `span` ("a 2 now", "today a 3"). */
const isSaidNow = (reading: Reading, span: Span): boolean => {
  const { clauseOf } = reading.segments;
  const clause = clauseOf[span.first];
  const from = Math.max(0, span.first - DATE_REACH);
  const to = Math.min(reading.tokens.length - 1, span.last + DATE_REACH);
  for (let k = from; k <= to; k += 1)
    if (clauseOf[k] === clause && NOW_WORDS.at(reading, k)) return true;
  return false;
};

/** The lowest severe level (8-10/10). */
const SEVERE = 8;

/** What the course of two scores needs to know of each (a `PainScore`'s own fields). */
type Told = {
  readonly value: number;
  readonly earlier?: true;
  readonly toldBack?: true;
  readonly usual?: true;
  readonly steady?: true;
  readonly still?: true;
  readonly sentence?: number;
};

/**
 * How the level now, at `index - 1`, stands against the earlier level told right after it at `index` ("4/10. was 6
 * yesterday"): lower now is better, as high is the same, higher is worse. Undefined when the two are no such pair
 * (a usual level, a steady score or one said to be still there, which tell their own course, or sentences apart). A diary's score may be the level
 * now ("Day 4 and it's a 3 today. Was 5 yesterday.": two days told in reverse, too few for the diary's own course).
 */
export const earlierCourse = (
  scores: readonly Told[],
  index: number,
): "better" | "same" | "worse" | undefined => {
  const earlier = scores[index];
  const now = scores[index - 1];
  if (
    earlier === undefined ||
    now === undefined ||
    earlier.toldBack !== true ||
    earlier.usual === true ||
    now.earlier === true ||
    now.usual === true ||
    now.steady === true ||
    // ("it's still a 4, it was a 6 on day 2 ... now stuck": said to stand still now, whatever it was before)
    now.still === true ||
    earlier.sentence === undefined ||
    now.sentence === undefined
  )
    return undefined;
  const gap = earlier.sentence - now.sentence;
  if (gap < 0 || gap > 1) return undefined;
  // (a severe level before is left to the rules on severe scores, which ask for more than a lower score to call it
  // settled: "4 today. It was 9 yesterday." reads as "It was 9 yesterday, 4 today." does)
  if (earlier.value >= SEVERE) return undefined;
  // ("... worse, 5/10. My back was a 6 yesterday but it's a 3 this morning": a level told after the earlier one in
  // its sentence makes it the start of a course of its own, told in order, not the level before the one now)
  const after = scores[index + 1];
  if (after?.sentence === earlier.sentence && after.toldBack !== true) return undefined;
  if (now.value < earlier.value) return "better";
  return now.value === earlier.value ? "same" : "worse";
};
