import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { Span } from "./status";
import { isChangeDenied, precededByNegation } from "./status";
import { PAIN_WORDS } from "./body-words";

/**
 * Weakness or foot drop told to be worse from one day to the next: "my foot is slapping the floor a bit more each
 * day", "today it is falling down completely ... every day more bad", "tingly on wed, heavy on thurs, today it keeps
 * buckling. getting worse every day". A motor deficit that grows day on day is a progressive one (triage-rules.md:
 * weakness that is getting worse; ACP 2011 progressive motor deficit), not the stable weakness of see-doctor.
 *
 * The day-on-day words ("worse-daily" cues) may stand in the weakness's sentence or in the one just before or after
 * it, as long as that other sentence tells of no pain or weakness of its own ("the leg is weak, no change. the back pain is worse
 * every day": the pain's course, not the leg's). "more each day" has no direction by itself: told with a word of
 * getting better or of managing between the weakness and it ("my foot drop is improving, I can lift my toes a bit
 * more each day"), it is recovery.
 */

/** Words that make "more each day" recovery, told between the weakness and the day-on-day words. */
const RECOVERY_WORDS = new WordSet([
  "better",
  "stronger",
  "improving",
  "improved",
  "improves",
  "easier",
  "can",
  "able",
  "manage",
  "managing",
  "recovering",
  "recovered",
  "less",
]);

/** Words of pain or soreness: a sentence next door with one of these tells of the pain's course. */
const PAIN_COURSE_WORDS = new WordSet([
  ...PAIN_WORDS,
  "sore",
  "soreness",
  "ache",
  "aches",
  "aching",
  "achy",
  "stiff",
  "stiffness",
  "sciatica",
]);

/** How many words after the day-on-day words a word of recovery may come ("a bit more each day, stronger"). */
const RECOVERY_AFTER = 3;

/**
 * Whether a word of recovery stands between the weakness and the day-on-day words, or just after them ("my foot drop
 * is improving, i can lift my toes a bit more each day"). Only there: a run-on "it's getting better" told before the
 * weakness is of something else ("my bum hurts less, it's getting better my knee gives way more every day").
 */
const hasRecoveryNear = (reading: Reading, span: Span, cue: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const from = cue.first >= span.last ? span.last : cue.last;
  const to = cue.first >= span.last ? cue.first : span.first;
  for (let i = from; i < to; i += 1) if (RECOVERY_WORDS.at(reading, i)) return true;
  if (cue.first < span.last) return false;
  for (let i = cue.last; i < cue.last + RECOVERY_AFTER; i += 1) {
    if (sentenceOf[i] !== sentenceOf[cue.first]) break;
    if (RECOVERY_WORDS.at(reading, i)) return true;
  }
  return false;
};

/** Whether sentence `sentence` names a pain of its own. */
const hasPainInSentence = (reading: Reading, sentence: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = 0; i < reading.tokens.length; i += 1) {
    if (sentenceOf[i] === sentence && PAIN_COURSE_WORDS.at(reading, i)) return true;
  }
  return false;
};

/**
 * Whether sentence `sentence` tells of a weakness of its own: then its day-on-day words are that weakness's ("my dad's
 * foot has been dragging a bit more each day. my thigh doesn't do its job").
 */
const hasWeaknessInSentence = (reading: Reading, sentence: number): boolean => {
  const { sentenceOf } = reading.segments;
  return reading.hits.some(
    (hit) =>
      (hit.concept === "leg-weakness" || hit.concept === "progressive-weakness") &&
      sentenceOf[hit.first] === sentence,
  );
};

/**
 * Whether another weakness is told between the weakness at `span` and the day-on-day words: they are that one's
 * ("my thigh doesn't do its job, my dad's foot has been dragging a bit more each day").
 */
const hasOtherWeaknessBetween = (reading: Reading, span: Span, cue: CueHit): boolean => {
  const from = cue.first >= span.last ? span.last : cue.last;
  const to = cue.first >= span.last ? cue.first : span.first;
  return reading.hits.some(
    (hit) =>
      (hit.concept === "leg-weakness" || hit.concept === "progressive-weakness") &&
      hit.first >= from &&
      hit.first < to,
  );
};

/** Whether the weakness at `span` is told to be getting worse day by day. */
export const isWorseByDay = (reading: Reading, span: Span): boolean => {
  const cues = cuesOf(reading, "worse-daily");
  if (cues.length === 0) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  return cues.some((cue) => {
    const at = sentenceOf[cue.first] ?? -1;
    if (Math.abs(at - sentence) > 1) return false;
    if (at !== sentence && (hasPainInSentence(reading, at) || hasWeaknessInSentence(reading, at)))
      return false;
    if (hasOtherWeaknessBetween(reading, span, cue)) return false;
    return (
      !precededByNegation(reading, cue) &&
      !isChangeDenied(reading, cue.first) &&
      !hasRecoveryNear(reading, span, cue)
    );
  });
};
