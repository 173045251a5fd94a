import { WordSet } from "../text/word-set";
import { cuesAt, cuePlace } from "./read-text";
import type { Reading } from "./read-text";
import { SORENESS_CONCEPTS } from "./own-time-soreness";

/**
 * A going that is a soreness going away, not the patient passing water. "Go", "goes", "went" name passing water
 * only in context ("when I go it takes ages"), and a word of waiting near them makes a bladder sign. But "stiff in
 * the morning but it goes after a while", "ordinary morning stiffness, goes after a while", "a sore back that went
 * after a while" tell the soreness going: a go verb whose subject is "it", "that", "which" or nothing after a comma,
 * standing for a soreness, stiffness or pain told before it in its sentence, with no word of the bladder, the bowel
 * or the toilet anywhere in that sentence.
 *
 * The patient going stays what it says ("stiff back, when I go it takes ages": "I" is the subject), and so does a
 * going told with the toilet or the flow ("sore back and when I sit on the loo it goes after a while").
 *
 * Read only at a go verb that was already found as a domain word of passing water.
 */

/** Subjects that stand for something told before ("it goes", "that went", "which goes"), or a comma (none told). */
const STANDS_FOR = new WordSet(["it", "that", "which", "this", ","]);
/** Words that may stand between the subject and "goes" ("it usually goes", "that normally just goes"). */
const GO_FILLERS = new WordSet([
  "usually",
  "normally",
  "always",
  "generally",
  "mostly",
  "just",
  "soon",
  "then",
  "eventually",
  "all",
  "kind",
  "of",
  "sort",
  "pretty",
  "quickly",
]);
/** How far back from the subject its soreness may be told ("stiff in the morning but it goes"). */
const SORENESS_REACH = 12;

const PAIN_PLACE = cuePlace("sym-pain");
/** Words of the bladder, the bowel or the toilet: told in the sentence, "it" may be the flow. */
const TOILET_PLACES = [
  cuePlace("dom-urine"),
  cuePlace("dom-toilet"),
  cuePlace("dom-bowel"),
  cuePlace("no-void"),
] as const;

/** Whether the go verb at token `go` tells a soreness going away (see above). */
export const isSymptomGoing = (reading: Reading, go: number): boolean => {
  let subject = go - 1;
  while (subject > go - 4 && GO_FILLERS.at(reading, subject)) subject -= 1;
  if (!STANDS_FOR.at(reading, subject)) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[go];
  if (!hasSorenessBefore(reading, subject, sentence)) return false;
  for (const place of TOILET_PLACES) {
    for (const cue of cuesAt(reading, place)) if (sentenceOf[cue.first] === sentence) return false;
  }
  return true;
};

/** A soreness, stiffness or pain told in `sentence` within reach before token `subject`. */
const hasSorenessBefore = (
  reading: Reading,
  subject: number,
  sentence: number | undefined,
): boolean => {
  const { sentenceOf } = reading.segments;
  const from = subject - SORENESS_REACH;
  for (const hit of reading.hits) {
    if (hit.first >= subject) break;
    if (
      hit.first >= from &&
      sentenceOf[hit.first] === sentence &&
      SORENESS_CONCEPTS.has(hit.concept)
    )
      return true;
  }
  for (const cue of cuesAt(reading, PAIN_PLACE)) {
    if (cue.first >= subject) break;
    if (cue.first >= from && sentenceOf[cue.first] === sentence) return true;
  }
  return false;
};
