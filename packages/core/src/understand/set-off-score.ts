import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/**
 * Words that may follow a score set off by a comma and end its telling ("sore, 6, but better", "big, 6 or 7, I
 * take paracetamol", "less, 4.", "a bit less, 4 now"): a mark, a joining word, or a word of when.
 */
const SET_OFF_ENDS = new WordSet([
  ",",
  ".",
  "!",
  "?",
  ";",
  ")",
  "-",
  "or",
  "but",
  "and",
  "now",
  "today",
  "yesterday",
  "then",
  "maybe",
  "ish",
  "at",
  "on",
]);

/**
 * A bare number set off by a comma after a word, ending where its telling ends ("more sore than normal, 6, but
 * today it is better", "The pain after the session was big, 6 or 7", "it became less, 4"): the patient naming a
 * level with no "a" or "/10", as people writing in a second language often do. Only a lead: the reader still asks
 * for a word of pain in the sentence and drops counts and times ("after 3 days, 6 reps").
 */
export const isSetOffScore = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  if (tokens[i - 1]?.norm !== ",") return false;
  // (after a word: "3, 4, 5" is a list, read on its own terms)
  if (tokens[i - 2]?.kind !== "word") return false;
  return i + 1 >= tokens.length || SET_OFF_ENDS.at(reading, i + 1);
};
