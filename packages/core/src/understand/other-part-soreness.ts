import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import { SORENESS_CONCEPTS } from "./own-time-soreness";

/**
 * Soreness of another part of the body, told between a symptom of the legs and a word of something going: "both
 * my legs go heavy when I walk the dog, my knee was achy but it had gone by the end", "... my back was a bit sore
 * but that went after a few minutes". What went is that part's soreness, not the legs' symptom told before it.
 * Soreness of the legs themselves ("legs like jelly and a bit sore after the squats, fine in ten minutes") leaves
 * the recovery the symptom's.
 */

/** One part of the body, not the legs as a whole. */
const OTHER_PARTS = new WordSet([
  "knee",
  "knees",
  "hip",
  "hips",
  "ankle",
  "ankles",
  "heel",
  "heels",
  "shin",
  "shins",
  "back",
  "neck",
  "shoulder",
  "glute",
  "glutes",
  "bum",
  "buttock",
  "buttocks",
  "hamstring",
  "groin",
  "arm",
  "arms",
  "elbow",
  "wrist",
  "tummy",
  "stomach",
  "abs",
  "core",
  "side",
]);

/** How far before a soreness (in tokens) the part it is said of may be named: "my knee was a bit achy". */
const PART_REACH = 4;

/** Whether a soreness finding between tokens `from` and `to` is said of a part named just before it. */
export const hasOtherPartSorenessBetween = (
  reading: Reading,
  from: number,
  to: number,
): boolean => {
  const { clauseOf } = reading.segments;
  for (const hit of reading.hits) {
    if (hit.first < from || hit.last > to || !SORENESS_CONCEPTS.has(hit.concept)) continue;
    for (let i = Math.max(from, hit.first - PART_REACH); i < hit.first; i += 1)
      if (OTHER_PARTS.at(reading, i) && clauseOf[i] === clauseOf[hit.first]) return true;
  }
  return false;
};
