import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";
import { RELATIVE_SUBJECT_AFTER } from "./relative-subject-words";

/**
 * A relative named as the one the patient is with, or feels, not as the one with the symptom: "had sex with my
 * partner and felt basically nothing", "I can't feel my partner during sex", "in bed with my husband I couldn't
 * feel a thing". Told so, the relative is the object of the patient's own act, and what is felt or not felt there
 * is the patient's. Not a relative who goes on to be the subject of what follows ("I live with my mum who has
 * numb legs", "with my husband having sciatica": "who", a verb of theirs, or "he"/"she" after them).
 */

/** Words right before the relative that make them the patient's companion or what the patient feels. */
const OBJECT_BEFORE = new WordSet([
  "with",
  "feel",
  "felt",
  "feeling",
  "touch",
  "touching",
  "kiss",
  "kissing",
  "hold",
  "holding",
  "hug",
  "hugging",
  "satisfy",
  "please",
  "pleasing",
]);

/** Whether the relative at `cue` is the one the patient is with or feels, not the subject of a symptom. */
export const isPartnerObject = (reading: Reading, cue: CueHit): boolean =>
  OBJECT_BEFORE.at(reading, cue.first - 1) && !RELATIVE_SUBJECT_AFTER.at(reading, cue.last);
