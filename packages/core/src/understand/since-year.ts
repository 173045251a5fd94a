import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * A symptom there since a year ("a slight foot drop on the left since a motorbike crash in 2010", "both feet numb
 * since 2019"): it has lasted from then to now, so the year does not make it a past episode (as "in 2019" does for
 * "numb in 2019, long gone"). Told beside a word of it being unchanged ("exactly the same as ever", "no change"),
 * it is long-standing: no new weakness or numbness. Without such a word it stays a present symptom, since a year
 * alone does not say how long ago it was (the reader knows no date).
 */

/** A year of this century or the last ("2010", "1998"). */
const isYearAt = (reading: Reading, i: number): boolean => {
  const token = reading.tokens[i];
  if (token?.kind !== "number" || token.norm.length !== 4) return false;
  return token.norm.startsWith("19") || token.norm.startsWith("20");
};

/** How far before its year a "since" may stand ("since a motorbike crash back in 2010"). */
const SINCE_REACH = 7;
/** Words that cannot stand inside "since <event> in <year>": another subject or statement starts. */
const NOT_IN_EVENT = new WordSet([
  "i",
  "im",
  "ive",
  "id",
  "we",
  "he",
  "she",
  "they",
  "it",
  "its",
  "and",
  "but",
  "now",
  "then",
  "until",
  "till",
  "when",
  ",",
  ".",
  ";",
  "-",
]);

/** Whether the year at token `year` is the start of a "since" ("since 2010", "since my crash in 2010"). */
export const isSinceYearAt = (reading: Reading, year: number): boolean => {
  if (!isYearAt(reading, year)) return false;
  for (let i = year - 1; i >= Math.max(0, year - SINCE_REACH); i -= 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (norm === "since") return true;
    if (NOT_IN_EVENT.at(reading, i)) return false;
  }
  return false;
};

/** How far from a symptom, in its clause, its "since <year>" may stand. */
const SYMPTOM_REACH = 12;

/** Whether a "since <year>" is told in the clause of `span`, before or after it. */
export const hasSinceYear = (reading: Reading, span: Span): boolean => {
  const { clauseOf } = reading.segments;
  const clause = clauseOf[span.first];
  const from = Math.max(0, span.first - SYMPTOM_REACH);
  const to = Math.min(reading.tokens.length, span.last + SYMPTOM_REACH);
  for (let i = from; i < to; i += 1) {
    if (clauseOf[i] === clause && isSinceYearAt(reading, i)) return true;
  }
  return false;
};

/** Words of no change that are not cues of their own ("it's stable", "unchanged", "no different"). */
const UNCHANGED_WORDS = new WordSet(["unchanged", "stable", "steady"]);

const NEGATIONS = new WordSet(["not", "no", "isnt", "never", "arent", "wasnt"]);

/** Whether the sentence of `span`, after it, says it is unchanged ("exactly the same as ever", "no change"). */
const isSaidUnchangedAfter = (reading: Reading, span: Span): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  for (const kind of ["long-standing", "not-new"] as const) {
    const cues = cuesOf(reading, kind);
    const cue = cues[cueIndexFrom(cues, span.last)];
    if (cue !== undefined && sentenceOf[cue.first] === sentence) return true;
  }
  for (let i = span.last; i < reading.tokens.length && sentenceOf[i] === sentence; i += 1) {
    // ("not stable": no)
    if (UNCHANGED_WORDS.at(reading, i) && !NEGATIONS.at(reading, i - 1)) return true;
  }
  return false;
};

/** A symptom there since a year and said to be unchanged: long-standing (see the module comment). */
export const isSinceYearUnchanged = (reading: Reading, span: Span): boolean =>
  hasSinceYear(reading, span) && isSaidUnchangedAfter(reading, span);

/**
 * Whether `span` is the event a "since <year>" dates ("since a motorbike crash in 2010": the crash): the event was
 * in that year, a time gone by, whatever has lasted since.
 */
export const isEventOfSinceYear = (reading: Reading, span: Span): boolean => {
  const to = Math.min(reading.tokens.length, span.first + SINCE_REACH + 1);
  for (let year = span.last; year < to; year += 1) {
    if (!isSinceYearAt(reading, year)) continue;
    for (let i = span.first - 1; i >= Math.max(0, year - SINCE_REACH); i -= 1)
      if (reading.tokens[i]?.norm === "since") return true;
  }
  return false;
};
