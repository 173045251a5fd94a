import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { PainScore } from "./text-facts";

/**
 * A run of scores listed one after another with no day named ("The ache was 5, 5, 4, 3, 2", "it went 6, 5 and 4"):
 * the pain told in turn, a score a time, like a diary whose days are left out. Its last three scores tell how it
 * has gone lately, as a diary's do. An exercise log ("clamshells 2, bird dogs 3") and a diary of named days are
 * read elsewhere (`text-facts.ts`).
 */

/** Words that may stand between two listed scores. */
const LIST_LINKS = new WordSet([",", "then", "and", "now"]);
/** How many scores make a run. */
const SERIES_LENGTH = 3;

/** Whether an exercise is named in sentence `sentence` ("pain during the bridges went 2, 3, 4": one session's). */
const namesExercise = (reading: Reading, sentence: number): boolean => {
  for (const cue of cuesOf(reading, "exercise"))
    if (reading.segments.sentenceOf[cue.first] === sentence) return true;
  return false;
};

/** Whether the scores at `a` and `b` (told one after the other) are listed in turn in one sentence. */
const isListedAfter = (reading: Reading, a: PainScore, b: PainScore): boolean => {
  if (a.sentence === undefined || a.sentence !== b.sentence) return false;
  if (a.tokens === undefined || b.tokens === undefined) return false;
  if (a.diary || b.diary || a.logEntry || b.logEntry || a.usual || b.usual) return false;
  // (weekly scores are read as a series of weeks, `rising-week-on-week`)
  if (a.weekly || b.weekly) return false;
  if (b.tokens.first <= a.tokens.last) return false;
  for (let i = a.tokens.last; i < b.tokens.first; i += 1)
    if (!LIST_LINKS.at(reading, i)) return false;
  return true;
};

/**
 * The last run of three or more listed scores, as the first and last of its last three (how it has gone lately),
 * or undefined.
 */
export const lastListedSeries = (
  reading: Reading,
  scores: readonly PainScore[],
): { first: PainScore; last: PainScore } | undefined => {
  let found: { first: PainScore; last: PainScore } | undefined;
  let length = 1;
  for (let k = 1; k < scores.length; k += 1) {
    const before = scores[k - 1];
    const score = scores[k];
    if (before === undefined || score === undefined) continue;
    length = isListedAfter(reading, before, score) ? length + 1 : 1;
    const first = scores[k - SERIES_LENGTH + 1];
    if (length >= SERIES_LENGTH && first !== undefined) found = { first, last: score };
  }
  // (scores told of one exercise or session rise within it, not from day to day)
  if (found !== undefined && namesExercise(reading, found.last.sentence ?? -1)) return undefined;
  return found;
};
