import { MONTHS } from "../text/months";
import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";

/** Words that tell a symptom was had ("I had a numb foot", "the numbness I had", "got pins and needles"). */
const HAD = new WordSet(["had", "got", "developed", "suffered", "caught"]);
/** Words before a symptom named as a thing had ("the numbness I had", "that tingling I had"). */
const THE = new WordSet(["the", "that", "this", "those"]);
/** How far before a symptom, in its clause, "had" may stand ("I had a DVT", "had flu with a temperature of"). */
const HAD_REACH = 6;

/** Month names: told after "in", "back in", "last" or "early" they date an episode ("back in March"). */
const MONTH_NAMES = new WordSet([
  // (after "in", "last" or "early", "may" is the month: "back in May")
  ...MONTHS,
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);
/** Words before a month name that date a time gone by (not "since March", which lasts until now). */
const MONTH_LEADS = new WordSet(["in", "last", "early", "mid", "late", "during"]);
/** "last month", "last week": a time gone by. */
const LAST_UNITS = new WordSet(["month", "year", "week", "winter", "summer", "spring", "autumn"]);
/** Units of "3 weeks ago", "a few months ago". */
const AGO_UNITS = new WordSet([
  "weeks",
  "week",
  "wks",
  "wk",
  "months",
  "month",
  "mths",
  "mth",
  "years",
  "year",
  "yrs",
  "yr",
]);

/** Words that tell an episode is over ("long gone", "the physio sorted", "treated, gone", "went completely"). */
const OVER = new WordSet([
  "gone",
  "sorted",
  "resolved",
  "cleared",
  "treated",
  "healed",
  "recovered",
  "settled",
  "disappeared",
  "vanished",
  "fixed",
]);
/** "went completely", "went away": "went" with a word of it being over after it. */
const WENT_AFTER = new WordSet(["completely", "away", "totally", "fully", "entirely"]);
/** Words just before a word of being over that make it not over ("hasn't gone", "never cleared", "not sorted"). */
const NOT_OVER = new WordSet([
  "not",
  "never",
  "hasnt",
  "havent",
  "hadnt",
  "isnt",
  "wasnt",
  "didnt",
  "hasn",
  "nt",
  "no",
  "nearly",
  "almost",
  // ("mostly cleared up", "partly gone": not over yet)
  "mostly",
  "partly",
  "partially",
  "largely",
  "half",
  "if",
]);
/** Words after "not" that say a word of being over is not the whole of it ("gone but not completely"). */
const WHOLLY = new WordSet(["completely", "fully", "totally", "entirely", "quite", "all"]);
/** Words after a word of being over that put the symptom back ("it had gone but it's back", "gone and now"). */
const STILL_NOW = new WordSet(["still", "again", "returned", "worse", "worsening"]);

/** How far after a symptom its words of being over may stand, in its sentence. */
const OVER_REACH = 16;

/** A year at token `i` ("2019"). */
const isYearAt = (reading: Reading, i: number): boolean => {
  const token = reading.tokens[i];
  if (token?.kind !== "number" || token.norm.length !== 4) return false;
  return token.norm.startsWith("19") || token.norm.startsWith("20");
};

/** A date gone by starting at token `i`: a year, "in March", "last month", "3 weeks ago". */
const isDateAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  if (isYearAt(reading, i)) return true;
  if (MONTH_NAMES.at(reading, i) && MONTH_LEADS.at(reading, i - 1)) return true;
  if (tokens[i]?.norm === "last" && LAST_UNITS.at(reading, i + 1)) return true;
  return AGO_UNITS.at(reading, i) && tokens[i + 1]?.norm === "ago";
};

/** Words before a finding that tell it as the cause of the symptom ("after a car accident", "from a fall"). */
const CAUSE_LEADS = new WordSet(["after", "from", "following", "with", "during"]);

/** Whether another lexicon finding starts at token `i`, not told as the cause of the symptom. */
const isOtherFindingAt = (reading: Reading, i: number, first: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first > i) return false;
    if (hit.first !== i || hit.first <= first) continue;
    return !(CAUSE_LEADS.at(reading, i - 1) || CAUSE_LEADS.at(reading, i - 2));
  }
  return false;
};

/** A word of being over or back at token `i` denied just before it ("hasn't gone", "hasn't come back"). */
const isDeniedAt = (reading: Reading, i: number): boolean => {
  for (let j = Math.max(0, i - 3); j < i; j += 1) if (NOT_OVER.at(reading, j)) return true;
  return false;
};

/** A word of being over at token `i`, not denied just before it. */
const isOverAt = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm;
  const over = OVER.at(reading, i) || (norm === "went" && WENT_AFTER.at(reading, i + 1));
  return over && !isDeniedAt(reading, i);
};

/**
 * A symptom the patient had, dated to a time gone by and told as over in its sentence ("I had a numb foot after a
 * car accident in 2019 but that's long gone", "The numbness I had back in March went completely", "Last month I had
 * pins and needles which the physio sorted", "Had flu with a temperature of 39.2 about 3 weeks ago, all gone now",
 * "a DVT in 2017 (treated, gone)"): a resolved episode, which the rules do not count. All three are needed: a date
 * alone may be when a symptom still here began, and "gone" alone may be a spell of minutes today. Words of it
 * being there still ("still", "again") after the word of being over keep it (whether it is back in a later
 * sentence is read by the caller).
 */
export const isDatedOverEpisode = (
  reading: Reading,
  span: { first: number; last: number },
): boolean => {
  if (!isDatedHad(reading, span)) return false;
  const { tokens } = reading;
  const sentence = reading.segments.sentenceOf[span.first];
  const { sentenceOf } = reading.segments;
  // (a word of being over after it, with no word of it being there still after that)
  const end = Math.min(tokens.length, span.last + OVER_REACH);
  let over = false;
  for (let i = span.last; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (STILL_NOW.at(reading, i)) return false;
    if (tokens[i]?.norm === "not" && WHOLLY.at(reading, i + 1)) return false;
    if (!over && i < end) {
      over = isOverAt(reading, i);
      // (the word of being over is about another finding told between, unless it is the cause: "after a car
      // accident in 2019 but that's long gone")
      if (!over && isOtherFindingAt(reading, i, span.first)) return false;
    }
  }
  return over && !isBackAfter(reading, span);
};

/**
 * A dated episode said to be back in its sentence ("I had numbness in my foot in March that went away, but since
 * yesterday it's back"): here now, so not a spell that passed (the caller keeps it from reading as one).
 */
export const isDatedEpisodeBack = (
  reading: Reading,
  span: { first: number; last: number },
): boolean => isDatedHad(reading, span) && isBackAfter(reading, span);

/** A word of it being back after it in its sentence ("but it's come back"; not "hasn't come back"). */
const isBackAfter = (reading: Reading, span: { first: number; last: number }): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  for (const cue of cuesOf(reading, "recurred"))
    if (
      sentenceOf[cue.first] === sentence &&
      cue.first >= span.last &&
      !isDeniedAt(reading, cue.first)
    )
      return true;
  return false;
};

/** A symptom told as had, with a date gone by in its sentence. */
const isDatedHad = (reading: Reading, span: { first: number; last: number }): boolean => {
  const { tokens } = reading;
  const { sentenceOf, clauseOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  // (told as had: "I had ...", "had flu with ...", or "the numbness I had")
  let had = HAD.at(reading, span.first);
  for (let i = span.first - 1; i >= Math.max(0, span.first - HAD_REACH) && !had; i -= 1) {
    if (clauseOf[i] !== clauseOf[span.first]) break;
    had = HAD.at(reading, i);
  }
  // (not "my legs are both numb I had sciatica years ago": the run-on tells of something else)
  if (!had)
    had =
      THE.at(reading, span.first - 1) &&
      tokens[span.last]?.norm === "i" &&
      HAD.at(reading, span.last + 1);
  if (!had) return false;
  // (a date gone by anywhere in the sentence)
  let dated = false;
  for (let i = span.first - 1; i >= 0 && sentenceOf[i] === sentence && !dated; i -= 1)
    dated = isDateAt(reading, i);
  for (let i = span.last; i < tokens.length && sentenceOf[i] === sentence && !dated; i += 1)
    dated = isDateAt(reading, i);
  return dated;
};
