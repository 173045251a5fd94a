import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";
import { precededByNegation } from "./status";

/**
 * Words that open a sentence about the movement lost in the sentence before ("It's been like that a week", "Still
 * like that", "Hasn't come back"): the sentence tells of that loss, not of something new.
 */
const POINTING_BACK = new WordSet([
  "it",
  "its",
  "still",
  "been",
  "that",
  "thats",
  "this",
  "hasnt",
  "has",
  "and",
  "stayed",
  "stuck",
  "not",
]);
/** How many words into the next sentence its pointer back may stand ("And it's been like that ..."). */
const POINTER_REACH = 2;

/**
 * Nouns of a movement, which name the one lost before when said not to come back ("The soreness has gone but the
 * twist hasn't come back").
 */
const MOVEMENT_NOUNS = new WordSet([
  "twist",
  "twisting",
  "turn",
  "turning",
  "rotation",
  "bend",
  "bending",
  "movement",
  "movements",
  "motion",
  "range",
  "mobility",
  "flexibility",
  "reach",
]);
/** How far before the words of it lasting the movement may be named ("the twist still hasn't come back"). */
const NOUN_REACH = 2;

/** Whether a movement noun stands just before token `at` ("the twist hasn't come back"). */
const isMovementNamedBefore = (reading: Reading, at: number, from: number): boolean => {
  for (let i = at - 1; i >= Math.max(from, at - NOUN_REACH); i -= 1)
    if (MOVEMENT_NOUNS.at(reading, i)) return true;
  return false;
};

/**
 * A movement lost told in one sentence and said to last in the next, which points back at it ("Now I only get to mid
 * thigh. It's been like that a week since the session and it isn't coming back.") or names the movement again ("...
 * but the twist hasn't come back"): movement that does not come back.
 * (Told in one sentence, the pair is read in `red-flag-signs.ts`; a next sentence that names something else, "My
 * knee has been sore a week", or that tells the movement coming back, is none.)
 */
export const addLostMoveToldOn = (reading: Reading, add: AddFinding): void => {
  const losses = cuesOf(reading, "lost-move");
  if (losses.length === 0) return;
  const persists = cuesOf(reading, "move-persist");
  if (persists.length === 0) return;
  const { sentenceOf, sentenceStarts } = reading.segments;
  for (const loss of losses) {
    const sentence = sentenceOf[loss.first] ?? 0;
    const next = sentenceStarts[sentence + 1];
    if (next === undefined) continue;
    const end = sentenceStarts[sentence + 2] ?? reading.tokens.length;
    let pointer = false;
    for (let i = next; i < Math.min(end, next + POINTER_REACH); i += 1)
      if (POINTING_BACK.at(reading, i)) pointer = true;
    if (hasCueIn(reading, "motion-back", next, end)) continue;
    if (hasCueIn(reading, "moving-better", next, end)) continue;
    for (let k = cueIndexFrom(persists, next); k < persists.length; k += 1) {
      const persist = persists[k];
      if (persist === undefined || persist.first >= end) break;
      if (precededByNegation(reading, persist)) continue;
      if (!pointer && !isMovementNamedBefore(reading, persist.first, next)) continue;
      add("loss-of-motion", undefined, { first: loss.first, last: persist.last });
      break;
    }
  }
};

/** Whether a cue of `kind`, not negated, starts between tokens `from` and `to`. */
const hasCueIn = (
  reading: Reading,
  kind: "motion-back" | "moving-better",
  from: number,
  to: number,
): boolean => {
  const cues = cuesOf(reading, kind);
  for (let k = cueIndexFrom(cues, from); k < cues.length; k += 1) {
    const cue = cues[k];
    if (cue === undefined || cue.first >= to) break;
    if (!precededByNegation(reading, cue)) return true;
  }
  return false;
};
