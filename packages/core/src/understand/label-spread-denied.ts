import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";

/** The label of a nerve pain ("sciatica"), which says nothing by itself of where the pain goes. */
const LABELS = new WordSet(["sciatica", "sciatic"]);
/** Words of a pain going somewhere ("doesn't go down my leg", "never travels into my leg"). */
const GO = new WordSet([
  "go",
  "goes",
  "going",
  "went",
  "spread",
  "spreads",
  "spreading",
  "travel",
  "travels",
  "travelling",
  "traveling",
  "radiate",
  "radiates",
  "radiating",
  "reach",
  "reaches",
  "shoot",
  "shoots",
]);
/** Words that deny the going ("doesn't", "never", "isn't"). */
const NOT = new WordSet(["not", "doesnt", "dont", "didnt", "never", "isnt", "aint", "nt"]);
/** Where a nerve pain would go: the leg and below it. */
const LEG = new WordSet(["leg", "legs", "foot", "feet", "calf", "calves", "toes", "shin"]);
/** How far after the denial the leg may be named ("doesn't go anywhere down into my leg"). */
const LEG_REACH = 6;
/** How far after the label the denial may stand, in its sentence. */
const DENIAL_REACH = 14;

/** Whether the leg is named within `LEG_REACH` after token `from`, in its sentence. */
const isLegAfter = (reading: Reading, from: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = from + 1; i < from + 1 + LEG_REACH && sentenceOf[i] === sentenceOf[from]; i += 1)
    if (LEG.at(reading, i)) return true;
  return false;
};

/**
 * "My friend reckons my ache is sciatica but it goes nowhere near my leg", "they said sciatica but it doesn't go
 * down my leg": the label of a nerve pain, said in its sentence not to go into the leg. What the rules count is pain
 * going down the leg, which is denied; the label alone is no sign (a pain named in the leg keeps its own finding).
 */
export const isLabelSpreadDenied = (
  reading: Reading,
  span: { first: number; last: number },
): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  let label = false;
  for (let i = span.first; i < span.last; i += 1) {
    if (LEG.at(reading, i)) return false;
    label ||= LABELS.at(reading, i);
  }
  if (!label) return false;
  const sentence = sentenceOf[span.first];
  const end = Math.min(tokens.length, span.last + DENIAL_REACH);
  for (let i = span.last; i < end && sentenceOf[i] === sentence; i += 1) {
    // ("goes nowhere near my leg")
    if (tokens[i]?.norm === "nowhere" && tokens[i + 1]?.norm === "near" && isLegAfter(reading, i))
      return true;
    // ("doesn't go down my leg", "never spreads into my leg")
    if (
      NOT.at(reading, i) &&
      (GO.at(reading, i + 1) || GO.at(reading, i + 2)) &&
      isLegAfter(reading, i)
    )
      return true;
  }
  return false;
};
