import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/** Words that tell a "dead leg" is the bruised muscle of the idiom ("in the muscle", "like a deep bruise"). */
const BRUISE_WORDS = new WordSet([
  "muscle",
  "muscles",
  "bruise",
  "bruised",
  "bruising",
  "bruisy",
  "knock",
  "knocked",
  "kneed",
  "massage",
  "massaged",
]);

/** Words that make it the leg's feeling going, not a bruise ("no feeling", "numb", "can't feel", "down my leg"). */
const FEELING_GONE = new WordSet([
  "numb",
  "numbness",
  "tingling",
  "tingly",
  "pins",
  "feel",
  "feeling",
  "sensation",
  // Going down the leg or over all of it, as a nerve's feeling does ("down my whole leg", "into my foot").
  "down",
  "whole",
  "entire",
  "foot",
  "toes",
]);

/**
 * "A bit of a dead leg feeling in the muscle" after dry needling, "like a dead leg, bruised where the needle went":
 * the idiom for a bruised thigh or buttock muscle (a knock or a needle in it), local soreness after needling or
 * manual therapy, not the leg's feeling gone. Only "dead leg" in those words, with a word of the muscle or a bruise
 * or the needling or massage named in its sentence, and no word of lost feeling besides the "feeling" of the idiom
 * ("a dead leg feeling") in the sentence.
 */
export const isDeadLegBruise = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  let dead = -1;
  for (let i = span.first; i < span.last; i += 1)
    if (tokens[i]?.norm === "dead" && tokens[i + 1]?.norm === "leg") dead = i;
  if (dead < 0) return false;
  const sentence = sentenceOf[dead] ?? 0;
  const start = sentenceStarts[sentence] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? tokens.length;
  let bruise = cuesOf(reading, "manual-therapy").some((cue) => sentenceOf[cue.first] === sentence);
  for (let i = start; i < end; i += 1) {
    if (BRUISE_WORDS.at(reading, i)) bruise = true;
    // ("a dead leg feeling": the idiom's own word)
    if (FEELING_GONE.at(reading, i) && i !== dead + 2) return false;
  }
  return bruise;
};
