import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";

/**
 * A leg's strength told as there earlier the same day and gone later: "this morning I could lift my left foot fine,
 * by lunch I can't", "at 9am I could still go up on tiptoes, by 3pm I can't", "I could still walk to the shop
 * earlier but now I can't". Weakness getting worse over hours escalates on its own (an emergency). Only a strength
 * of the legs (lifting the foot, standing on the toes, walking, climbing) told between the two, and not pain
 * stopping it ("by lunch I can't because of the pain").
 *
 * Anchored on the few "could-earlier" cues found; each looks at the tokens up to the "cant-later" after it.
 */

/** Strengths of the legs, or the leg itself: what the patient could do and then cannot ("lift my foot"). */
const LEG_ACTIONS = new WordSet([
  "walk",
  "stand",
  "tiptoe",
  "tiptoes",
  "toes",
  "heel",
  "heels",
  "climb",
  "stairs",
  "hop",
  "foot",
  "feet",
  "leg",
  "legs",
  "knee",
  "ankle",
]);

/** Pain, not strength, stopping it: "because of the pain", "too sore", "it hurts". */
const PAIN_REASONS = new WordSet([
  "because",
  "cos",
  "pain",
  "painful",
  "sore",
  "hurts",
  "hurt",
  "too",
]);

/** How far apart the two may be told, and how far after the "can't" a reason of pain may come. */
const LATER_REACH = 16;
const REASON_REACH = 5;

export const addLostByLater = (reading: Reading, add: AddFinding): void => {
  const laters = cuesOf(reading, "cant-later");
  if (laters.length === 0) return;
  const { sentenceOf } = reading.segments;
  for (const could of cuesOf(reading, "could-earlier")) {
    const later = laters.find(
      (cue) =>
        cue.first > could.last &&
        cue.first - could.last <= LATER_REACH &&
        sentenceOf[cue.first] === sentenceOf[could.first],
    );
    if (!later) continue;
    let action = false;
    for (let i = could.last; i < later.first; i += 1) if (LEG_ACTIONS.at(reading, i)) action = true;
    if (!action) continue;
    let pain = false;
    for (let i = later.last; i < later.last + REASON_REACH; i += 1)
      if (PAIN_REASONS.at(reading, i)) pain = true;
    if (pain) continue;
    add("progressive-weakness", undefined, { first: could.first, last: later.last });
  }
};
