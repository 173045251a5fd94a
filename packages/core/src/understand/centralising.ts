import { WordSet } from "../text/word-set";
import { cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { Span } from "./status";
import { precededByNegation } from "./status";

/** How far before the leg pain the word of drawing back may start ("pulled back up, the leg pain"). */
const BEFORE_REACH = 2;
/** How far after the leg pain the word of drawing back may stand ("the leg pain I came in with has pulled back up"). */
const AFTER_REACH = 10;
/** How near after the word of drawing back the place it drew back to is told ("back up | into my buttock"). */
const TARGET_REACH = 1;
/** How far before the word of drawing back "it" may stand as its subject ("it's slowly pulled back up"). */
const SUBJECT_REACH = 4;

/** The subjects that point back at the pain told before ("it's pulled back up"; a pain named anew may be another). */
const POINTING_BACK = new WordSet(["it", "its"]);

/** How far before the word a negation denies it ("hasn't really pulled back up"). */
const DENIAL_REACH = 3;

/**
 * Pain in the leg told, in its clause, as drawing back up towards the spine ("the leg pain I came in with has pulled
 * back up to my buttock", "the sciatica is retreating", "the pain down my leg has centralised"): centralisation, the
 * favourable direction (Aina, May & Clare 2004), so the pain down the leg is on its way out rather than a new
 * spread. Not when the drawing back is denied ("hasn't pulled back up at all"), and not pain told in another clause
 * ("... pulled back up on Monday, but today it's shooting down to my calf again").
 */
export const isCentralising = (reading: Reading, span: Span): boolean => {
  const { clauseOf, sentenceOf } = reading.segments;
  const clause = clauseOf[span.first];
  const sentence = sentenceOf[span.first] ?? -1;
  for (const cue of cuesOf(reading, "centralising")) {
    // ("The leg pain I started PT with used to go down to my calf. Over the last two weeks it's pulled back up":
    // the next sentence tells of the same pain drawing back, "it" its subject)
    if (
      sentenceOf[cue.first] === sentence + 1 &&
      isToldAsThen(reading, sentence) &&
      isItDrawingBack(reading, cue)
    )
      return true;
    // (where it drew back to is no spread either: "gone back up | into my buttock")
    const target = cue.last <= span.first && span.first - cue.last <= TARGET_REACH;
    if (cue.first < span.first - BEFORE_REACH && !target) continue;
    if (cue.first > span.last + AFTER_REACH) break;
    if (clauseOf[cue.first] !== clause) continue;
    if (precededByNegation(reading, cue, DENIAL_REACH)) continue;
    return true;
  }
  return false;
};

/** Words that tell the pain's course as it was ("used to go", "went down", "I came in with", "started PT with"). */
const TOLD_AS_THEN = new WordSet([
  "used",
  "went",
  "was",
  "were",
  "came",
  "started",
  "began",
  "had",
]);

/**
 * Whether sentence `sentence` tells of how the pain was, with a word of then, and nothing of now ("was in my back
 * and now it's down my calf" tells where it is now).
 */
const isToldAsThen = (reading: Reading, sentence: number): boolean => {
  const { sentenceOf } = reading.segments;
  let then = false;
  for (let i = 0; i < reading.tokens.length; i += 1) {
    if (sentenceOf[i] !== sentence) continue;
    if (reading.tokens[i]?.norm === "now") return false;
    if (TOLD_AS_THEN.at(reading, i)) then = true;
  }
  return then;
};

/** A word of drawing back with "it" or the pain as its subject just before it in its clause, not denied. */
const isItDrawingBack = (reading: Reading, cue: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  if (precededByNegation(reading, cue, DENIAL_REACH)) return false;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - SUBJECT_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) return false;
    if (POINTING_BACK.at(reading, i)) return true;
  }
  return false;
};
