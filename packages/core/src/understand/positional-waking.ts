import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/** Words of rolling or turning in bed ("when I roll onto my right side", "turning over"). */
const TURNING = new WordSet([
  "roll",
  "rolls",
  "rolling",
  "rolled",
  "turn",
  "turns",
  "turning",
  "turned",
]);
/** What the turning must be in bed: over, onto a side ("roll over", "turn onto my side"). */
const TURN_WHERE = new WordSet(["over", "onto", "on", "to", "in"]);
/** Verbs of getting back to sleep ("drift straight back off", "go right back to sleep", "nod back off"). */
const SLEEP_AGAIN = new WordSet([
  "drift",
  "drifted",
  "go",
  "went",
  "fall",
  "fell",
  "nod",
  "nodded",
  "get",
  "got",
  "drop",
  "dropped",
  "doze",
  "dozed",
]);
/** Words of not managing it ("can't get back to sleep", "struggle to drift back off"). */
const NOT_AGAIN = new WordSet([
  "cant",
  "cannot",
  "couldnt",
  "dont",
  "didnt",
  "not",
  "never",
  "struggle",
  "struggling",
  "hard",
  "hardly",
  "barely",
  "takes",
  "took",
  "ages",
]);
/** How many words between the verb and "back" ("drift straight back off", "go right back to sleep"). */
const BACK_REACH = 3;

/**
 * "Back wakes me a bit when I roll onto my right side the night after PT, I shift and drift straight back off":
 * waking on turning in bed that settles at once, discomfort of a position, not the night pain of the rules (pain at
 * night or at rest that does not ease). Worth tracking (monitor). Only with a turn in bed told in the sentence and
 * the patient going straight back to sleep, not denied ("can't get back to sleep", "takes ages to drift back off").
 */
export const isPositionalWaking = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  const start = sentenceStarts[sentence] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? tokens.length;
  let turned = false;
  let again = false;
  for (let i = start; i < end; i += 1) {
    if (TURNING.at(reading, i) && TURN_WHERE.at(reading, i + 1)) turned = true;
    if (!SLEEP_AGAIN.at(reading, i)) continue;
    for (let j = Math.max(start, i - 3); j < i; j += 1) if (NOT_AGAIN.at(reading, j)) return false;
    for (let j = i + 1; j <= Math.min(end - 1, i + BACK_REACH); j += 1) {
      if (tokens[j]?.norm !== "back") continue;
      const after = tokens[j + 1]?.norm;
      if (
        after === "off" ||
        after === "asleep" ||
        (after === "to" && tokens[j + 2]?.norm === "sleep")
      )
        again = true;
    }
  }
  return turned && again;
};
