import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { Reading } from "./read-text";
import type { AddFinding } from "./red-flag-signs";

/**
 * Losing the thread of what one was saying because of the pain: "I lost track of what I was saying on the phone to
 * my son because it hurts so much", "it's that bad I keep losing my train of thought". Pain so bad it is hard to
 * think or talk is the NHS picture of severe pain (see a doctor). A lost thread alone is everyday forgetfulness
 * ("sorry, lost track of what I was saying"), so it counts only with the pain told as its reason in its sentence.
 *
 * Anchored on the few "lost-thread" cues found; each looks at the pain cues of its own sentence only.
 */

/** How far (in tokens) before or after the lost thread its pain reason may be told. */
const REASON_REACH = 14;

/** The pain cues that may give the reason ("because it hurts", "so sore", "the pain"). */
const REASON_KINDS = ["pain-limited", "sym-pain"] as const;

/** Words of pain in a reason cue ("pain-limited" also holds "because", "tired" and "too busy", which are none). */
const PAIN_WORDS = new WordSet([
  "pain",
  "painful",
  "hurts",
  "hurt",
  "hurting",
  "sore",
  "aching",
  "achy",
  "ache",
  "agony",
  "burning",
]);

/** Whether a cue holds a word of pain, outside the lost thread itself. */
const isPainReason = (reading: Reading, cue: { first: number; last: number }): boolean => {
  for (let i = cue.first; i < cue.last; i += 1) if (PAIN_WORDS.at(reading, i)) return true;
  return false;
};

export const addLostThread = (reading: Reading, add: AddFinding): void => {
  const { sentenceOf } = reading.segments;
  for (const lost of cuesOf(reading, "lost-thread")) {
    const sentence = sentenceOf[lost.first];
    let found = false;
    for (const kind of REASON_KINDS) {
      const cues = cuesOf(reading, kind);
      for (let k = cueIndexFrom(cues, lost.first - REASON_REACH); k < cues.length; k += 1) {
        const cue = cues[k];
        if (cue === undefined || cue.first > lost.last + REASON_REACH) break;
        if (sentenceOf[cue.first] === sentence && isPainReason(reading, cue)) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (found) add("severe-pain", "cannot-function", lost);
  }
};
