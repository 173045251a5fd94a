import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/**
 * Words by which a writer who told of a relative's condition speaks of their own body without naming a symptom:
 * the writer is then a patient, not someone typing for the relative (`proxy-frame.ts`, `tellsOwnSymptom`).
 *
 * - A denial of what was told of the relative, for the writer: "my sister had surgery on her back because she
 *   couldn't pee ... honestly I've got none of that", "I haven't had any of that", "I've had nothing like it".
 *   Only after a verb of having, so "I don't know any of that" or "none of that makes sense" say nothing of it.
 * - The writer watching their own body: "so I've been watching myself like a hawk", "checking myself every day".
 * - A report without a subject that opens with "just" or "only" right after the writer's own sentence: "I've got
 *   none of that. Just stiff." (`isOwnFragmentAt`).
 *
 * Read only at the few tokens after a writer's "I" or "my" (`tellsOwnSymptom`).
 */

/** Words of having before the denial ("I've got none of that", "I have had nothing like it"). */
const HAVING = new WordSet([
  "have",
  "ive",
  "got",
  "had",
  "having",
  "get",
  "getting",
  "experienced",
]);
/** How far before the denial its verb of having may stand ("I've honestly got none of that"). */
const HAVING_REACH = 3;
/** Words that deny an amount ("none of that", "nothing like it", "any of those"). */
const NONE = new WordSet(["none", "nothing", "any", "neither"]);
/** Words that point back at what was told ("that", "those", "it"). */
const TOLD_BEFORE = new WordSet(["that", "those", "it", "this", "them", "these"]);

/** Whether token `i` opens a denial, for the writer, of what was told before: "none of that", "nothing like it". */
export const isNoneOfThatAt = (reading: Reading, i: number): boolean => {
  if (!NONE.at(reading, i)) return false;
  const link = reading.tokens[i + 1]?.norm;
  if (link !== "of" && link !== "like") return false;
  if (!TOLD_BEFORE.at(reading, i + 2)) return false;
  for (let j = i - 1; j >= Math.max(0, i - HAVING_REACH); j -= 1)
    if (HAVING.at(reading, j)) return true;
  return false;
};

/** Verbs of watching over one's body ("watching myself", "keeping an eye on myself"). */
const WATCHING = new WordSet([
  "watching",
  "watch",
  "watched",
  "checking",
  "check",
  "checked",
  "monitoring",
  "monitor",
  "monitored",
  "eye",
  "examining",
  "examined",
  "tracking",
]);
/** How far before "myself" the verb may stand ("keeping an eye on myself"). */
const WATCH_REACH = 3;

/** Whether token `i` is "myself" watched over by the writer ("I've been watching myself like a hawk"). */
export const isSelfWatchAt = (reading: Reading, i: number): boolean => {
  if (reading.tokens[i]?.norm !== "myself") return false;
  for (let j = i - 1; j >= Math.max(0, i - WATCH_REACH); j -= 1)
    if (WATCHING.at(reading, j)) return true;
  return false;
};

/** Words that open a report without a subject, going on from the writer's own sentence ("Just stiff."). */
const FRAGMENT_OPENERS = new WordSet(["just", "only", "mostly", "mainly"]);

/** Whether token `i`, the first of a sentence, opens a report going on from the writer's sentence before it. */
export const isOwnFragmentAt = (reading: Reading, i: number): boolean =>
  FRAGMENT_OPENERS.at(reading, i);
