import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * A diary's last day told as clear: "Session Sat. ... Tuesday a bit less (2), Wednesday gone", "Monday hardly
 * anything", "today, Sunday, I'm barely noticing it". The time to that day is then when the soreness had gone, not
 * how long it has lasted: gone by day 4, it peaked and faded inside the usual 72 hours.
 */

/** Words of the soreness being gone, told right after the day ("Wednesday gone", "Sunday fine", "Monday nothing"). */
const CLEAR = new WordSet(["gone", "clear", "cleared", "fine", "nothing", "zero"]);
/** Words that may stand between the day and its clearing ("today, Sunday, I'm barely noticing it", "it was gone"). */
const BETWEEN = new WordSet([
  ",",
  "-",
  "i",
  "im",
  "it",
  "its",
  "s",
  "was",
  "is",
  "had",
  "has",
  "been",
  "all",
  "almost",
  "completely",
  "totally",
  "pretty",
  "much",
  // ("Tue basically gone", "Monday virtually nothing")
  "basically",
  "practically",
  "virtually",
  "nearly",
  "more",
  "or",
  "less",
  "felt",
  "feel",
  "feeling",
  // ("Today's Tuesday and it's barely there")
  "and",
]);
/** Words of it being only just there ("hardly anything", "barely noticing it", "scarcely there"). */
const BARELY = new WordSet(["hardly", "barely", "scarcely"]);
/** Words of not being able ("can't feel it at all"). */
const CANNOT = new WordSet(["cant", "cannot", "couldnt"]);
/** Words that keep the soreness there, deny the clearing or make it a rise ("not gone", "still", "gone up"). */
const KEPT = new WordSet([
  "not",
  "isnt",
  "wasnt",
  "hasnt",
  "havent",
  "never",
  "still",
  "but",
  "though",
  "although",
  "except",
  // ("Wednesday gone up to 5", "Thursday gone worse")
  "up",
  "worse",
  "higher",
  "down",
]);
/** How many words after the day the clearing may come ("today, Sunday, I'm barely noticing it"). */
const CLEAR_REACH = 5;

/** Whether a word at `i` tells the soreness as gone or only just there. */
const isClearWordAt = (reading: Reading, i: number): boolean => {
  if (CLEAR.at(reading, i)) return true;
  if (BARELY.at(reading, i)) return true;
  return CANNOT.at(reading, i) && reading.tokens[i + 1]?.norm === "feel";
};

/**
 * Whether the day at `span` is told as clear: a word of the soreness gone or only just there within a few words
 * after it, in its sentence, with no number, "still", "but" or denial before it and nothing after it in the
 * sentence that keeps the soreness there ("Wednesday fine to walk but still sore" is no clearing).
 */
export const isClearedBy = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  // (a colon right after the day ends a sentence for the reader, yet what follows is that day's entry:
  // "Tuesday: barely notice it")
  const colon = tokens[span.last]?.norm === ":";
  const sentence = sentenceOf[colon ? span.last + 1 : span.first];
  const end = Math.min(tokens.length, span.last + CLEAR_REACH);
  for (let i = colon ? span.last + 1 : span.last; i < end; i += 1) {
    if (sentenceOf[i] !== sentence) return false;
    const token = tokens[i];
    if (token === undefined || token.kind === "number" || KEPT.at(reading, i)) return false;
    if (!isClearWordAt(reading, i)) {
      // (only words of being between: "day 4 the swelling has gone down" tells of something else)
      if (BETWEEN.at(reading, i)) continue;
      return false;
    }
    for (let j = i + 1; j < tokens.length && sentenceOf[j] === sentence; j += 1)
      if (KEPT.at(reading, j)) return false;
    return true;
  }
  return false;
};
