import type { ConceptId } from "../model/concept";
import { cuePlace, cuesAt } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { Span } from "./status";

/**
 * Soreness told with a time of its own: "bit stiff at the start of the class", "a little sore in the warm-up",
 * "tight for the first few minutes", "achy first thing". Told between a symptom and a word of something going
 * ("both legs go heavy when I walk ... bit stiff at the start of the class but by the end of the session it had
 * gone completely"), what went is that soreness, the rules' own soreness that wears off as the body warms up, not
 * the symptom told before it. Soreness told with the symptom and no time of its own ("legs like jelly and a bit
 * sore after the squats, fine within ten minutes") leaves the recovery the symptom's.
 *
 * Looked for only at the soreness findings between the two spans, and only among the few start-of cues found.
 */

/** Concepts that only describe soreness ("tender and achy"). */
export const SORENESS_CONCEPTS: ReadonlySet<ConceptId> = new Set([
  "mild-soreness",
  "doms",
  "stiffness",
]);

/** How near (in tokens) a soreness must be told to the start it is dated by. */
const OWN_TIME_REACH = 4;

const WARM_UP = cuePlace("warm-up");
const EARLY_ON = cuePlace("early-on");

/** Tokens between two spans, 0 when they touch or overlap. */
const gapBetween = (a: Span, b: Span): number =>
  b.first >= a.last ? b.first - a.last : a.first >= b.last ? a.first - b.last : 0;

const isNearAny = (cues: readonly CueHit[], soreness: Span, from: number, to: number): boolean => {
  for (const cue of cues) {
    if (cue.first < from || cue.last > to) continue;
    if (gapBetween(soreness, cue) <= OWN_TIME_REACH) return true;
  }
  return false;
};

/**
 * Whether a soreness finding told between tokens `from` and `to` is dated by a start of its own (the warm-up, the
 * start of the class, first thing) told within the same stretch: what a recovery told at `to` is said of.
 */
export const hasOwnTimeSorenessBetween = (reading: Reading, from: number, to: number): boolean => {
  const warmUps = cuesAt(reading, WARM_UP);
  const earlies = cuesAt(reading, EARLY_ON);
  if (warmUps.length === 0 && earlies.length === 0) return false;
  for (const hit of reading.hits) {
    if (hit.first < from || hit.last > to || !SORENESS_CONCEPTS.has(hit.concept)) continue;
    if (isNearAny(warmUps, hit, from, to) || isNearAny(earlies, hit, from, to)) return true;
  }
  return false;
};
