import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/** Words between "of" and a programme ("day 6 of the programme", "day 12 of my rehab plan"). */
const OPENERS = new WordSet(["the", "my", "this", "our", "a"]);
/** Words that name a programme of days, not a session ("programme", "plan", "rehab", "course"). */
const PROGRAMMES = new WordSet([
  "programme",
  "program",
  "plan",
  "rehab",
  "rehabilitation",
  "course",
  "routine",
  "challenge",
  "exercises",
  "home",
  "hep",
]);

/**
 * "day 6 of the programme", "day 12 of my rehab": the day of a programme, counted from its start, not the days
 * since the session. `at` is the token after the day's number.
 */
export const isProgrammeDay = (reading: Reading, at: number): boolean => {
  if (reading.tokens[at]?.norm !== "of") return false;
  const word = OPENERS.at(reading, at + 1) ? at + 2 : at + 1;
  return PROGRAMMES.at(reading, word);
};
