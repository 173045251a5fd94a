import type { CueHit, Reading } from "./read-text";
import type { Span } from "./status";

/**
 * How long a steroid has been taken, not how long a symptom told before it has lasted. Reads a long-standing
 * length ("for years", "for 10 years") and the steroid finding just before it in its clause: "my legs are tingly on
 * pred for years", "I've lost control of my bowels, nothing new otherwise on steroids for my arthritis for years".
 * The length is the steroid's; a symptom told before the steroid is not made long-standing by it. The steroid
 * itself keeps its length ("on steroids for years": long-term steroids).
 */

/** How far before the length the steroid may end ("on steroids for my arthritis for years": 3 words between). */
const MEDICATION_REACH = 5;

/**
 * Whether the long-standing `cue` tells how long a steroid told just before it was taken, and `span` (a finding
 * before that steroid) is not what it times.
 */
export const isMedicationLength = (reading: Reading, cue: CueHit, span: Span): boolean => {
  const { hits } = reading;
  const { clauseOf } = reading.segments;
  const from = cue.first - MEDICATION_REACH;
  // (hits are in text order: from the last one starting before the cue, back to the reach)
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((hits[middle]?.first ?? cue.first) < cue.first) low = middle + 1;
    else high = middle;
  }
  for (let h = low - 1; h >= 0; h -= 1) {
    const hit = hits[h];
    if (hit === undefined || hit.first >= cue.first) continue;
    if (hit.last < from) return false;
    if (hit.concept !== "osteoporosis-steroids" || hit.detail !== "steroids") continue;
    if (clauseOf[hit.first] !== clauseOf[cue.first]) return false;
    return span.last <= hit.first;
  }
  return false;
};
