import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import { NO_PROXY, proxyPatientOf } from "./proxy-frame";

/**
 * How a relative's own episode went: "My sister had a similar thing and it went away by itself", "my dad had
 * sciatica last year, it got better with rest". The "it" after a relative named in the sentence, with no word of
 * the patient's own between, is the relative's, so its easing tells nothing of how the patient's pain is going.
 * (A finding keeps its own scope rules, `status.ts`; this is only for a trend, where dropping an easing can only
 * keep the level up.)
 */

/** Words of the patient's own: from one of these on, what follows is the patient's again. */
const OWN_WORDS = new WordSet([
  "i",
  "im",
  "ive",
  "id",
  "ill",
  "me",
  "my",
  "mine",
  "myself",
  "we",
  "us",
  "our",
]);

/** How far after the relative its episode may be told ("my mum had this after her second baby and it eased"). */
const RELATIVE_REACH = 16;

/** Whether the trend cue `cue` tells how a relative's episode went, not the patient's pain. */
export const isRelativesCourse = (reading: Reading, cue: CueHit): boolean => {
  const relatives = cuesOf(reading, "relative");
  if (relatives.length === 0) return false;
  // Written for a relative who is the patient: their course is the patient's.
  if (proxyPatientOf(reading) !== NO_PROXY) return false;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[cue.first] ?? 0;
  let nearest: CueHit | undefined;
  for (
    let k = cueIndexFrom(relatives, sentenceStarts[sentence] ?? 0);
    k < relatives.length;
    k += 1
  ) {
    const relative = relatives[k];
    if (relative === undefined || relative.last > cue.first) break;
    if (sentenceOf[relative.first] === sentence) nearest = relative;
  }
  if (nearest === undefined || cue.first - nearest.last > RELATIVE_REACH) return false;
  for (let i = nearest.last; i < cue.first; i += 1) if (OWN_WORDS.at(reading, i)) return false;
  return true;
};

/** Words of having before "the same" ("had the same", "has got the same"). */
const HAVING = new WordSet(["had", "has", "have", "got", "gets", "get", "having"]);

/**
 * "My aunt had the same", "my dad's got the same": a relative with the same condition, no pain standing still.
 * ("My husband says it's the same" keeps its standstill: only "the same" as what the relative has.)
 */
export const isRelativesSameThing = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const same = cue.last - 1;
  if (tokens[same]?.norm !== "same" || tokens[same - 1]?.norm !== "the") return false;
  if (!HAVING.at(reading, same - 2)) return false;
  return isRelativesCourse(reading, cue);
};
