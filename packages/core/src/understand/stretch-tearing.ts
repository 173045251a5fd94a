import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/** Words of a stretch held or done ("the hamstring stretch", "when I stretch", "stretching my quads"). */
const STRETCH_WORDS = new WordSet(["stretch", "stretches", "stretching", "stretched"]);

/** Places of a limb where a stretch is felt ("in the back of my thighs", "down my hamstrings"). */
const LIMB_PLACES = new WordSet([
  "thigh",
  "thighs",
  "leg",
  "legs",
  "hamstring",
  "hamstrings",
  "quad",
  "quads",
  "quadriceps",
  "calf",
  "calves",
  "knee",
  "knees",
  "shin",
  "shins",
  "arm",
  "arms",
]);

/** Places of the trunk, where a tearing is the aorta's warning ("tearing in my back", "ripping in my chest"). */
const TRUNK_PLACES = new WordSet([
  "back",
  "spine",
  "belly",
  "tummy",
  "stomach",
  "abdomen",
  "abdominal",
  "chest",
  "blades",
  "kidney",
  "kidneys",
  "loin",
  "loins",
  "torso",
  "gut",
  "insides",
]);

/** How far from the tearing words its place may be told ("a tearing feeling right at the back of my thighs"). */
const PLACE_REACH = 8;

/**
 * "The stretch gives me a tearing feeling in the back of my thighs", "a ripping sensation in my hamstrings when I
 * stretch": a tearing told of a limb in a stretch, the big stretching sensation of the taxonomy (expected), not the
 * sudden tearing in the back or belly of an aortic emergency. Only when a stretch is named in the sentence, the
 * tearing's place after it is a limb, and no part of the trunk is named in the sentence ("the back of my thighs" is
 * the thigh's; "a tearing in my back when I stretch" stays a warning sign).
 */
export const isStretchTearingInLimb = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  const start = sentenceStarts[sentence] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? tokens.length;
  let stretch = false;
  for (let i = start; i < end; i += 1) {
    if (STRETCH_WORDS.at(reading, i)) stretch = true;
    // ("the back of my thighs": a side of the limb, not the back)
    if (TRUNK_PLACES.at(reading, i) && tokens[i + 1]?.norm !== "of") return false;
  }
  if (!stretch) return false;
  // ("my hamstrings feel like they're tearing": the place told before)
  for (
    let i = Math.max(start, span.first - PLACE_REACH);
    i < Math.min(end, span.last + PLACE_REACH);
    i += 1
  )
    if (LIMB_PLACES.at(reading, i)) return true;
  return false;
};
