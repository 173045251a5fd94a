import type { Token } from "../text/tokenize";

/**
 * Words a patient writes in a learner's or a texter's English, read as the standard form the reading's words and
 * patterns use: a leg or foot left singular after a word of two ("my two leg have pain", "both foot numb"), "pins
 * and needle", and a word with its final "g" dropped ("sittin", "bendin") when the word with it is known and the
 * word as written is not. Scots words are read in `dialect-words.ts`, which runs first.
 */

/** Words of two before a leg or foot left singular, as in a learner's English ("my two leg have pain", "both foot"). */
const TWO = new Set(["two", "2", "both"]);

/** The plural of a leg or foot told after a word of two. */
const PLURAL: ReadonlyMap<string, string> = new Map([
  ["leg", "legs"],
  ["foot", "feet"],
]);

/** Words after "two leg" that make it an exercise's name ("two leg raises", "a two foot hop"), not two legs. */
const EXERCISE_AFTER = new Set([
  "raise",
  "raises",
  "lift",
  "lifts",
  "press",
  "presses",
  "curl",
  "curls",
  "extension",
  "extensions",
  "bridge",
  "bridges",
  "stretch",
  "stretches",
  "exercise",
  "exercises",
  "squat",
  "squats",
  "hop",
  "hops",
  "jump",
  "jumps",
  "balance",
  "stand",
  "swings",
  "swing",
  "day",
  "days",
  "work",
  "version",
  "variation",
]);

/** Every known word `learnerForm` may read as another (a word it completes is unknown as written). */
export const LEARNER_WORDS: ReadonlySet<string> = new Set([...PLURAL.keys(), "needle", "pin"]);

/** "And" as written between "pins" and "needles". */
const AND = new Set(["and", "n", "&"]);

/**
 * The standard word a learner's or texter's word stands for, or undefined (see above). `isKnown` says whether the
 * reader knows a word (so "cabin", "begin" or "within" keep their spelling).
 */
export const learnerForm = (
  before: Token | undefined,
  token: Token,
  after: Token | undefined,
  isKnown: (norm: string) => boolean,
): string | undefined => {
  if (token.kind !== "word") return undefined;
  const norm = token.norm;
  const plural = PLURAL.get(norm);
  if (plural !== undefined) {
    if (before === undefined || !TWO.has(before.norm)) return undefined;
    if (after !== undefined && EXERCISE_AFTER.has(after.norm)) return undefined;
    return plural;
  }
  // "pins and needle", "pin and needles": the one phrase of the sensation, in either number.
  if (norm === "needle" && before !== undefined && AND.has(before.norm)) return "needles";
  if (norm === "pin" && after !== undefined && AND.has(after.norm)) return "pins";
  if (norm.length >= 4 && norm.endsWith("in") && !isKnown(norm) && isKnown(`${norm}g`))
    return `${norm}g`;
  return undefined;
};
